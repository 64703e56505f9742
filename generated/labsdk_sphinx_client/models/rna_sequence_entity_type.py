from enum import StrEnum


class RnaSequenceEntityType(StrEnum):
    RNA_SEQUENCE = "rna_sequence"

    def __str__(self) -> str:
        return str(self.value)
