from enum import StrEnum


class GetFileJobJobType(StrEnum):
    COPY = "copy"
    DELETE = "delete"
    MOVE = "move"

    def __str__(self) -> str:
        return str(self.value)
