from enum import StrEnum


class AaSequenceEntityType(StrEnum):
    AA_SEQUENCE = "aa_sequence"

    def __str__(self) -> str:
        return str(self.value)
