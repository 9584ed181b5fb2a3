"""Models whose unused optional fields stay out of their dumps, so older copies still read them."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import BaseModel, SerializerFunctionWrapHandler, model_serializer


class Compact(BaseModel):
    """Fields named in `_UNSAID_WHEN_UNUSED` are left out of dumps while they keep their default:
    stored documents and written files of the exercises that do not use them stay as they were,
    and older copies of ptplanner (which refuse unknown fields) still read them."""

    _UNSAID_WHEN_UNUSED: ClassVar[tuple[str, ...]] = ()

    @model_serializer(mode="wrap")
    def _leave_out_unused(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        data = handler(self)
        for name in self._UNSAID_WHEN_UNUSED:
            if getattr(self, name) == type(self).model_fields[name].default:
                data.pop(name, None)
        return data
