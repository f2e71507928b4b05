"""A local Bot API server on 127.0.0.1 that speaks enough of Telegram for the real PTB client."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from aiohttp import web


@dataclass
class SentMessage:
    """A message the bot sent, as the fake recorded it."""

    chat_id: int
    message_id: int
    text: str
    buttons: list[list[dict[str, str]]] = field(default_factory=list)

    def button(self, label_part: str) -> str:
        """Return the callback data of the first button whose label contains label_part."""
        for row in self.buttons:
            for button in row:
                if label_part in button["text"]:
                    return button["callback_data"]
        raise LookupError(f"no button with {label_part!r} in {self.buttons}")


@dataclass
class SentFile:
    """A document or photo the bot uploaded (multipart), as the fake recorded it."""

    chat_id: int
    method: str  # sendDocument or sendPhoto
    filename: str
    content: bytes
    caption: str
    buttons: list[list[dict[str, str]]] = field(default_factory=list)


class Fault(Enum):
    """What the Bot API can do to one request instead of answering it."""

    BAD_REQUEST = "400"  # 400 refusing this request, as for text Telegram can't parse
    TOO_MANY_REQUESTS = "429"  # 429 with parameters.retry_after; the request is not carried out
    SERVER_ERROR = "500"  # 500 Internal Server Error; the request is not carried out
    DROP = "drop"  # the connection closes before the request is carried out
    RESPONSE_LOST = "response lost"  # carried out, then the connection closes before the answer
    HANG = "hang"  # held without an answer past any client timeout; not carried out


class FakeTelegram:
    """Queue updates for the bot, record what it sends, and inject faults on request."""

    def __init__(self) -> None:
        self.updates: list[dict[str, Any]] = []  # not yet confirmed by the bot's offset
        self.sent: list[SentMessage] = []
        self.files: list[SentFile] = []
        self.first_names: dict[int, str] = {}  # the name Telegram shows for a user
        self.language_codes: dict[int, str] = {}  # the language of a user's Telegram app
        self.calls: list[str] = []
        self.commands: dict[str, list[dict[str, str]]] = {}
        self.forbidden_chats: set[int] = set()
        self.deliveries: Counter[int] = Counter()  # update_id -> getUpdates answers carrying it
        self.retry_after = 1  # seconds a 429 asks the bot to wait
        self._faults: defaultdict[str, deque[Fault]] = defaultdict(deque)
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._new_update = asyncio.Event()
        self._new_message = asyncio.Event()
        self._poll_generation = 0  # bumped to end the long polls already waiting
        self._stopping = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self.url = ""

    async def start(self) -> str:
        """Serve on a free port on 127.0.0.1 and return the root URL."""
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.url = f"http://127.0.0.1:{port}"
        return self.url

    async def stop(self) -> None:
        """Stop serving; long polls and hung requests end at once rather than at their timeout."""
        self._stopping.set()
        self._new_update.set()
        if self._runner is not None:
            await self._runner.cleanup()

    # Faults -----------------------------------------------------------------------------------

    def fail(self, method: str, *faults: Fault) -> None:
        """Answer the next calls of a Bot API method with these faults, one call each, in order.

        Long polls already waiting return an empty list now, as Telegram may, so the bot's next
        getUpdates meets the first fault; an update queued after this call comes with it.
        """
        self._faults[method].extend(faults)
        if method == "getUpdates":
            self._poll_generation += 1
            self._new_update.set()

    def faults_left(self, method: str) -> int:
        """Return how many armed faults of a method no call has met yet."""
        return len(self._faults[method])

    @property
    def throttle_next(self) -> int:
        """How many sendMessage calls are still to be answered with 429."""
        return self._faults["sendMessage"].count(Fault.TOO_MANY_REQUESTS)

    @throttle_next.setter
    def throttle_next(self, count: int) -> None:
        self.fail("sendMessage", *[Fault.TOO_MANY_REQUESTS] * (count - self.throttle_next))

    # What students do ---------------------------------------------------------------------

    def send_text(self, user_id: int, text: str, *, chat_type: str = "private") -> int:
        """Queue a text message from a user (commands get their entity, as Telegram adds it).

        Return the update's id.
        """
        message = self._message(user_id, chat_type) | {"text": text}
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self._queue({"message": message})

    def send_sticker(self, user_id: int) -> None:
        """Queue a sticker, which carries no text."""
        sticker = {
            "file_id": "sticker",
            "file_unique_id": "s",
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
        }
        self._queue({"message": self._message(user_id, "private") | {"sticker": sticker}})

    def press(self, user_id: int, data: str, message_id: int | None = None) -> None:
        """Queue a press of an inline button."""
        query = {
            "id": str(next(self._update_ids)),
            "from": self._user(user_id),
            "chat_instance": "ci",
            "data": data,
            "message": self._message(user_id, "private")
            | {"message_id": message_id or 1, "text": "..."},
        }
        self._queue({"callback_query": query})

    async def wait_for(self, chat_id: int, count: int, within: float = 10.0) -> list[SentMessage]:
        """Wait until the bot has sent `count` messages to a chat in all; return the new ones."""
        deadline = time.monotonic() + within
        while True:
            mine = [m for m in self.sent if m.chat_id == chat_id]
            if len(mine) >= count:
                return mine
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                texts = [m.text for m in mine]
                raise TimeoutError(f"chat {chat_id}: expected {count} messages, got {texts}")
            self._new_message.clear()
            try:
                await asyncio.wait_for(self._new_message.wait(), remaining)
            except TimeoutError:
                continue

    def messages_to(self, chat_id: int) -> list[SentMessage]:
        """Return everything sent to a chat so far."""
        return [m for m in self.sent if m.chat_id == chat_id]

    # The Bot API ---------------------------------------------------------------------------

    def _user(self, user_id: int) -> dict[str, Any]:
        user = {
            "id": user_id,
            "is_bot": False,
            "first_name": self.first_names.get(user_id, f"Student{user_id}"),
        }
        if user_id in self.language_codes:
            user["language_code"] = self.language_codes[user_id]
        return user

    def _message(self, user_id: int, chat_type: str) -> dict[str, Any]:
        chat_id = user_id if chat_type == "private" else -user_id
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": chat_type},
            "from": self._user(user_id),
        }

    def _queue(self, update: dict[str, Any]) -> int:
        update_id = next(self._update_ids)
        self.updates.append({"update_id": update_id} | update)
        self._new_update.set()
        return update_id

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        self.calls.append(method)
        params: dict[str, Any] = {}
        if request.content_type == "application/json":
            # The Bot API takes a JSON body too; the broadcast transport posts one.
            params = await request.json()
        else:
            form = await request.post()
            for name, value in form.items():
                if isinstance(value, web.FileField):  # a multipart upload: sendDocument, sendPhoto
                    params[name] = (value.filename, value.file.read())
                    continue
                try:
                    params[name] = json.loads(str(value))
                except json.JSONDecodeError:
                    params[name] = str(value)
            for name, value in list(params.items()):
                # PTB may name an upload "attach://<field>" and send the file as that field.
                if isinstance(value, str) and value.startswith("attach://"):
                    params[name] = params.get(value.removeprefix("attach://"), value)
        fault = self._faults[method].popleft() if self._faults[method] else None
        if fault is not None and fault is not Fault.RESPONSE_LOST:
            return await self._fault_response(request, fault)
        handler = getattr(self, f"_api_{method}", None)
        if handler is None:
            response = web.json_response({"ok": True, "result": True})
        else:
            result = await handler(params)
            if isinstance(result, web.Response):
                response = result
            else:
                response = web.json_response({"ok": True, "result": result})
        if fault is Fault.RESPONSE_LOST:
            return self._drop(request)
        return response

    async def _fault_response(self, request: web.Request, fault: Fault) -> web.Response:
        if fault is Fault.TOO_MANY_REQUESTS:
            return _error(
                429,
                f"Too Many Requests: retry after {self.retry_after}",
                parameters={"retry_after": self.retry_after},
            )
        if fault is Fault.SERVER_ERROR:
            return _error(500, "Internal Server Error")
        if fault is Fault.BAD_REQUEST:
            return _error(400, "Bad Request: can't parse entities: unexpected end tag")
        if fault is Fault.HANG:
            # The client gives up at its read timeout; the handler lingers until the fake stops.
            await self._stopping.wait()
        return self._drop(request)

    def _drop(self, request: web.Request) -> web.Response:
        """Close the connection without an answer; the client sees it drop."""
        if request.transport is not None:
            request.transport.abort()
        return web.Response()  # written nowhere: the transport is gone

    async def _api_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return {"id": 1, "is_bot": True, "first_name": "Dars", "username": "dars_bot"}

    async def _api_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        # Telegram forgets updates below the offset, which the bot has confirmed by sending it;
        # anything delivered but unconfirmed comes again in the next answer.
        self.updates = [u for u in self.updates if u["update_id"] >= offset]
        generation = self._poll_generation
        if not self.updates and not self._stopping.is_set():
            self._new_update.clear()
            timeout = float(params.get("timeout") or 0)
            try:
                await asyncio.wait_for(self._new_update.wait(), min(timeout, 1.0))
            except TimeoutError:
                return []
        if generation != self._poll_generation:
            return []
        delivered = self.updates[:limit]
        self.deliveries.update(u["update_id"] for u in delivered)
        return delivered

    async def _api_setMyCommands(self, params: dict[str, Any]) -> bool:
        self.commands[params.get("language_code") or ""] = params["commands"]
        return True

    async def _api_sendMessage(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        chat_id = int(params["chat_id"])
        if chat_id in self.forbidden_chats:
            return _error(403, "Forbidden: bot was blocked by the user")
        markup = params.get("reply_markup") or {}
        message = SentMessage(
            chat_id=chat_id,
            message_id=next(self._message_ids),
            text=str(params["text"]),
            buttons=markup.get("inline_keyboard", []) if isinstance(markup, dict) else [],
        )
        self.sent.append(message)
        self._new_message.set()
        return {
            "message_id": message.message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "text": message.text,
        }

    async def _api_sendDocument(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        return self._record_file("sendDocument", "document", params)

    async def _api_sendPhoto(self, params: dict[str, Any]) -> dict[str, Any] | web.Response:
        return self._record_file("sendPhoto", "photo", params)

    def _record_file(
        self, method: str, field_name: str, params: dict[str, Any]
    ) -> dict[str, Any] | web.Response:
        chat_id = int(params["chat_id"])
        if chat_id in self.forbidden_chats:
            return _error(403, "Forbidden: bot was blocked by the user")
        upload = params.get(field_name)
        if not isinstance(upload, tuple):
            return _error(400, f"Bad Request: there is no {field_name} in the request")
        filename, content = upload
        markup = params.get("reply_markup") or {}
        self.files.append(
            SentFile(
                chat_id=chat_id,
                method=method,
                filename=str(filename),
                content=bytes(content),
                caption=str(params.get("caption") or ""),
                buttons=markup.get("inline_keyboard", []) if isinstance(markup, dict) else [],
            )
        )
        self._new_message.set()
        media: dict[str, Any]
        if method == "sendPhoto":
            media = {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 1, "height": 1}]}
        else:
            media = {"document": {"file_id": "d", "file_unique_id": "d", "file_name": filename}}
        return {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private"},
            "caption": str(params.get("caption") or ""),
        } | media

    async def wait_for_file(
        self, chat_id: int, count: int, within: float = 10.0
    ) -> list[SentFile]:
        """Wait until the bot has uploaded `count` files to a chat in all; return them."""
        deadline = time.monotonic() + within
        while True:
            mine = [f for f in self.files if f.chat_id == chat_id]
            if len(mine) >= count:
                return mine
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError(f"chat {chat_id}: expected {count} files, got {len(mine)}")
            self._new_message.clear()
            try:
                await asyncio.wait_for(self._new_message.wait(), remaining)
            except TimeoutError:
                continue

    async def _api_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        return {
            "message_id": int(params.get("message_id") or 1),
            "date": int(time.time()),
            "chat": {"id": int(params.get("chat_id") or 0), "type": "private"},
            "text": "...",
        }

    async def _api_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        return True


def _error(code: int, description: str, **extra: Any) -> web.Response:
    """Return an error the way the Bot API words it."""
    body = {"ok": False, "error_code": code, "description": description} | extra
    return web.json_response(body, status=code)
