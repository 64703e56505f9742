from enum import StrEnum


class DnaSequenceEntityType(StrEnum):
    DNA_SEQUENCE = "dna_sequence"

    def __str__(self) -> str:
        return str(self.value)
