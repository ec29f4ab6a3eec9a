"""NoneBot builds a pydantic field for every injected parameter; these types go in as they are."""

from __future__ import annotations

from typing import Any

from pydantic_core import core_schema


class InjectAsIs:
    @classmethod
    def __get_pydantic_core_schema__(cls, _source: Any, _handler: Any) -> core_schema.CoreSchema:
        return core_schema.is_instance_schema(cls)
