from enum import StrEnum


class LibMetricsOrderBy(StrEnum):
    AVEKEYCOUNTS = "aveKeyCounts"
    GENOME = "genome"
    ID = "id"
    Q20_ALIGNMENTS = "q20_alignments"
    RAW_ACCURACY = "raw_accuracy"
    TOTALNUMREADS = "totalNumReads"
    VALUE_1 = "-id"
    VALUE_11 = "-q20_alignments"
    VALUE_3 = "-totalNumReads"
    VALUE_5 = "-aveKeyCounts"
    VALUE_7 = "-raw_accuracy"
    VALUE_9 = "-genome"

    def __str__(self) -> str:
        return str(self.value)
