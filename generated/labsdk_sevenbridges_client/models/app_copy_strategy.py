from enum import StrEnum


class AppCopyStrategy(StrEnum):
    CLONE = "clone"
    CLONE_DIRECT = "clone_direct"
    DIRECT = "direct"
    TRANSIENT = "transient"

    def __str__(self) -> str:
        return str(self.value)
