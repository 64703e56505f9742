from enum import StrEnum


class StorageOption(StrEnum):
    A = "A"
    D = "D"
    KI = "KI"

    def __str__(self) -> str:
        return str(self.value)
