from enum import StrEnum


class CloneTaskAction(StrEnum):
    RUN = "run"

    def __str__(self) -> str:
        return str(self.value)
