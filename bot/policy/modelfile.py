"""Reading the JSON model files the trainers in ``tools/`` export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_model_file(path: str | Path, what: str, fmt: str, scheme: str) -> dict[str, Any]:
    """The file's JSON object, checked for its format and feature scheme.

    A missing, unreadable or malformed file raises ``ValueError`` naming ``what`` and the path.
    """
    where = f"{what} {path}"
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise ValueError(f"{where}: cannot read: {e}") from e
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise ValueError(f"{where}: not valid JSON: {e}") from e
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise ValueError(f"{where}: not a {fmt} file")
    if data.get("features") != scheme:
        raise ValueError(f"{where}: feature scheme {data.get('features')!r} is not {scheme!r}")
    return data
