"""Command descriptions shared by every plugin's metadata and by /帮助."""

from __future__ import annotations

from dataclasses import dataclass

from bot.permissions import Role


@dataclass(frozen=True, slots=True)
class CommandDoc:
    name: str  # Chinese name without prefix, e.g. 登记
    alias: str  # English alias, e.g. register
    role: Role  # least role that may use it
    usage: str  # one usage line, without prefix
    summary: str  # what it does, one short sentence

    def line(self, prefix: str = "/") -> str:
        return f"{prefix}{self.usage}（/{self.alias}）— {self.summary}"
