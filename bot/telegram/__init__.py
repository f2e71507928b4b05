"""The Telegram adapter: the Application, its handlers, sending with retries, and the notifier."""
