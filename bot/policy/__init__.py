"""Policy engine: pure functions from text to findings. No NoneBot, no database."""
