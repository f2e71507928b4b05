"""The handlers' context type: the tutor and the renderer, opened once in post_init."""

from __future__ import annotations

from typing import cast

from telegram.ext import Application, CallbackContext, ExtBot

from bot.tutor.facade import Tutor
from bot.ui.render import Renderer


class TutorContext(
    CallbackContext[ExtBot[None], dict[object, object], dict[object, object], dict[object, object]]
):
    """The handlers' context: the tutor and the renderer, opened once in post_init."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        chat_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        super().__init__(application=application, chat_id=chat_id, user_id=user_id)

    @property
    def tutor(self) -> Tutor:
        """The tutoring core."""
        return cast(Tutor, self.application.bot_data["tutor"])

    @property
    def renderer(self) -> Renderer:
        """Views to texts and buttons."""
        return cast(Renderer, self.application.bot_data["renderer"])
