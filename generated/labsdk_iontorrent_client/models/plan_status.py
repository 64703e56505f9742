from enum import StrEnum


class PlanStatus(StrEnum):
    INACTIVE = "inactive"
    PENDING = "pending"
    PLANNED = "planned"
    RESERVED = "reserved"
    RUN = "run"
    TRANSFERRED = "transferred"
    VALUE_0 = ""
    VOIDED = "voided"

    def __str__(self) -> str:
        return str(self.value)
