from enum import StrEnum


class GetAsyncFileJobJobType(StrEnum):
    COPY = "copy"
    DELETE = "delete"
    MOVE = "move"

    def __str__(self) -> str:
        return str(self.value)
