"""The user interface shared by every adapter: commands, buttons, texts in both languages."""
