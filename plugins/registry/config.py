"""The registry duty reads ``[registry]`` of bot.toml."""

from pydantic import BaseModel, Field

from bot.settings import RegistrySection


class Config(BaseModel):
    registry: RegistrySection = Field(default_factory=RegistrySection)
    """Deadlines in working days and whether the information center confirms registrations."""
