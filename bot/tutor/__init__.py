"""The tutoring core: rules and use cases, with no knowledge of Telegram."""
