from enum import StrEnum


class ControlEntityType(StrEnum):
    CONTROL = "control"

    def __str__(self) -> str:
        return str(self.value)
