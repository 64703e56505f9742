from enum import StrEnum


class AsyncJobType(StrEnum):
    COPY = "COPY"
    DELETE = "DELETE"
    MOVE = "MOVE"

    def __str__(self) -> str:
        return str(self.value)
