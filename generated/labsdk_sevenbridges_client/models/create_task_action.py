from enum import StrEnum


class CreateTaskAction(StrEnum):
    RUN = "run"

    def __str__(self) -> str:
        return str(self.value)
