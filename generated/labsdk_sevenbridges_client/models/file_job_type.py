from enum import StrEnum


class FileJobType(StrEnum):
    COPY = "COPY"
    DELETE = "DELETE"
    MOVE = "MOVE"

    def __str__(self) -> str:
        return str(self.value)
