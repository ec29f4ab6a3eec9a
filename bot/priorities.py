"""Matcher priorities shared by every plugin (lower runs first).

Watchers that must see every message run before ``GATE``. The gate blocks ordinary messages
(no command prefix) from reaching the command matchers: NoneBot checks every matcher of a
priority level for every event, and with a dozen commands that check costs ~1 ms per matcher
per message — more than all moderation work.
"""

WATCH = 1  # bookkeeping that never answers (group seen)
MODERATE = 5  # policy check of every message and file
LISTEN = 8  # plain-text triggers such as "建议：…"
GATE = 9  # ends the processing of messages that are not commands
COMMAND = 10  # /登记, /检测, …
