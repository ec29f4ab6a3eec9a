"""Order of the duties shared by every plugin (lower runs first).

``WATCH``, ``MODERATE`` and ``LISTEN`` order the watchers of ``bot.watchers``, which see every
message once before the commands; a message that is not a command reaches no matcher at all
(NoneBot checks every matcher of a priority level for every event, each in a task of its own:
more than all moderation work). Notices still go to matchers at these priorities.
"""

WATCH = 1  # bookkeeping that never answers (group seen)
MODERATE = 5  # policy check of every message and file
LISTEN = 8  # plain-text triggers such as "建议：…"
COMMAND = 10  # /登记, /检测, …
