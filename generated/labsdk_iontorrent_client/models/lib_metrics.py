from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LibMetrics")


@_attrs_define
class LibMetrics:
    """A report's library (alignment) metrics: 98 fields in TS 5.12. Numeric strings are as the server sends
    them (`genomesize`, `total_mapped_reads`, `q*_mapped_bases`). `i<n>Q<q>_reads` exist for n = 50,
    100, ... 600 and q = 7, 10, 17, 20, 47.

        Attributes:
            id (int):
            resource_uri (str):
            total_num_reads (int):
            report (str | Unset): The report (a results URI).
            ave_key_counts (float | Unset):
            cf (float | Unset):
            ie (float | Unset):
            dr (float | Unset):
            sys_snr (float | Unset):
            raw_accuracy (float | Unset):
            duplicate_reads (int | None | Unset):
            genome (str | Unset):
            genomesize (str | Unset):
            genome_version (str | Unset):
            index_version (str | Unset):
            align_sample (int | Unset):
            total_mapped_reads (str | Unset):
            total_mapped_target_bases (str | Unset):
            q7_alignments (int | Unset):
            q7_longest_alignment (int | Unset):
            q7_mapped_bases (str | Unset):
            q7_mean_alignment_length (int | Unset):
            q10_alignments (int | Unset):
            q10_longest_alignment (int | Unset):
            q10_mapped_bases (str | Unset):
            q10_mean_alignment_length (int | Unset):
            q17_alignments (int | Unset):
            q17_longest_alignment (int | Unset):
            q17_mapped_bases (str | Unset):
            q17_mean_alignment_length (int | Unset):
            q20_alignments (int | Unset):
            q20_longest_alignment (int | Unset):
            q20_mapped_bases (str | Unset):
            q20_mean_alignment_length (int | Unset):
            q47_alignments (int | Unset):
            q47_longest_alignment (int | Unset):
            q47_mapped_bases (str | Unset):
            q47_mean_alignment_length (int | Unset):
            i_50q17_reads (int | Unset):
            i_100q17_reads (int | Unset):
            i_150q17_reads (int | Unset):
            i_200q17_reads (int | Unset):
            i_50q20_reads (int | Unset):
            i_100q20_reads (int | Unset):
            i_150q20_reads (int | Unset):
            i_200q20_reads (int | Unset):
    """

    id: int
    resource_uri: str
    total_num_reads: int
    report: str | Unset = UNSET
    ave_key_counts: float | Unset = UNSET
    cf: float | Unset = UNSET
    ie: float | Unset = UNSET
    dr: float | Unset = UNSET
    sys_snr: float | Unset = UNSET
    raw_accuracy: float | Unset = UNSET
    duplicate_reads: int | None | Unset = UNSET
    genome: str | Unset = UNSET
    genomesize: str | Unset = UNSET
    genome_version: str | Unset = UNSET
    index_version: str | Unset = UNSET
    align_sample: int | Unset = UNSET
    total_mapped_reads: str | Unset = UNSET
    total_mapped_target_bases: str | Unset = UNSET
    q7_alignments: int | Unset = UNSET
    q7_longest_alignment: int | Unset = UNSET
    q7_mapped_bases: str | Unset = UNSET
    q7_mean_alignment_length: int | Unset = UNSET
    q10_alignments: int | Unset = UNSET
    q10_longest_alignment: int | Unset = UNSET
    q10_mapped_bases: str | Unset = UNSET
    q10_mean_alignment_length: int | Unset = UNSET
    q17_alignments: int | Unset = UNSET
    q17_longest_alignment: int | Unset = UNSET
    q17_mapped_bases: str | Unset = UNSET
    q17_mean_alignment_length: int | Unset = UNSET
    q20_alignments: int | Unset = UNSET
    q20_longest_alignment: int | Unset = UNSET
    q20_mapped_bases: str | Unset = UNSET
    q20_mean_alignment_length: int | Unset = UNSET
    q47_alignments: int | Unset = UNSET
    q47_longest_alignment: int | Unset = UNSET
    q47_mapped_bases: str | Unset = UNSET
    q47_mean_alignment_length: int | Unset = UNSET
    i_50q17_reads: int | Unset = UNSET
    i_100q17_reads: int | Unset = UNSET
    i_150q17_reads: int | Unset = UNSET
    i_200q17_reads: int | Unset = UNSET
    i_50q20_reads: int | Unset = UNSET
    i_100q20_reads: int | Unset = UNSET
    i_150q20_reads: int | Unset = UNSET
    i_200q20_reads: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        resource_uri = self.resource_uri

        total_num_reads = self.total_num_reads

        report = self.report

        ave_key_counts = self.ave_key_counts

        cf = self.cf

        ie = self.ie

        dr = self.dr

        sys_snr = self.sys_snr

        raw_accuracy = self.raw_accuracy

        duplicate_reads: int | None | Unset
        if isinstance(self.duplicate_reads, Unset):
            duplicate_reads = UNSET
        else:
            duplicate_reads = self.duplicate_reads

        genome = self.genome

        genomesize = self.genomesize

        genome_version = self.genome_version

        index_version = self.index_version

        align_sample = self.align_sample

        total_mapped_reads = self.total_mapped_reads

        total_mapped_target_bases = self.total_mapped_target_bases

        q7_alignments = self.q7_alignments

        q7_longest_alignment = self.q7_longest_alignment

        q7_mapped_bases = self.q7_mapped_bases

        q7_mean_alignment_length = self.q7_mean_alignment_length

        q10_alignments = self.q10_alignments

        q10_longest_alignment = self.q10_longest_alignment

        q10_mapped_bases = self.q10_mapped_bases

        q10_mean_alignment_length = self.q10_mean_alignment_length

        q17_alignments = self.q17_alignments

        q17_longest_alignment = self.q17_longest_alignment

        q17_mapped_bases = self.q17_mapped_bases

        q17_mean_alignment_length = self.q17_mean_alignment_length

        q20_alignments = self.q20_alignments

        q20_longest_alignment = self.q20_longest_alignment

        q20_mapped_bases = self.q20_mapped_bases

        q20_mean_alignment_length = self.q20_mean_alignment_length

        q47_alignments = self.q47_alignments

        q47_longest_alignment = self.q47_longest_alignment

        q47_mapped_bases = self.q47_mapped_bases

        q47_mean_alignment_length = self.q47_mean_alignment_length

        i_50q17_reads = self.i_50q17_reads

        i_100q17_reads = self.i_100q17_reads

        i_150q17_reads = self.i_150q17_reads

        i_200q17_reads = self.i_200q17_reads

        i_50q20_reads = self.i_50q20_reads

        i_100q20_reads = self.i_100q20_reads

        i_150q20_reads = self.i_150q20_reads

        i_200q20_reads = self.i_200q20_reads

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "resource_uri": resource_uri,
                "totalNumReads": total_num_reads,
            }
        )
        if report is not UNSET:
            field_dict["report"] = report
        if ave_key_counts is not UNSET:
            field_dict["aveKeyCounts"] = ave_key_counts
        if cf is not UNSET:
            field_dict["cf"] = cf
        if ie is not UNSET:
            field_dict["ie"] = ie
        if dr is not UNSET:
            field_dict["dr"] = dr
        if sys_snr is not UNSET:
            field_dict["sysSNR"] = sys_snr
        if raw_accuracy is not UNSET:
            field_dict["raw_accuracy"] = raw_accuracy
        if duplicate_reads is not UNSET:
            field_dict["duplicate_reads"] = duplicate_reads
        if genome is not UNSET:
            field_dict["genome"] = genome
        if genomesize is not UNSET:
            field_dict["genomesize"] = genomesize
        if genome_version is not UNSET:
            field_dict["Genome_Version"] = genome_version
        if index_version is not UNSET:
            field_dict["Index_Version"] = index_version
        if align_sample is not UNSET:
            field_dict["align_sample"] = align_sample
        if total_mapped_reads is not UNSET:
            field_dict["total_mapped_reads"] = total_mapped_reads
        if total_mapped_target_bases is not UNSET:
            field_dict["total_mapped_target_bases"] = total_mapped_target_bases
        if q7_alignments is not UNSET:
            field_dict["q7_alignments"] = q7_alignments
        if q7_longest_alignment is not UNSET:
            field_dict["q7_longest_alignment"] = q7_longest_alignment
        if q7_mapped_bases is not UNSET:
            field_dict["q7_mapped_bases"] = q7_mapped_bases
        if q7_mean_alignment_length is not UNSET:
            field_dict["q7_mean_alignment_length"] = q7_mean_alignment_length
        if q10_alignments is not UNSET:
            field_dict["q10_alignments"] = q10_alignments
        if q10_longest_alignment is not UNSET:
            field_dict["q10_longest_alignment"] = q10_longest_alignment
        if q10_mapped_bases is not UNSET:
            field_dict["q10_mapped_bases"] = q10_mapped_bases
        if q10_mean_alignment_length is not UNSET:
            field_dict["q10_mean_alignment_length"] = q10_mean_alignment_length
        if q17_alignments is not UNSET:
            field_dict["q17_alignments"] = q17_alignments
        if q17_longest_alignment is not UNSET:
            field_dict["q17_longest_alignment"] = q17_longest_alignment
        if q17_mapped_bases is not UNSET:
            field_dict["q17_mapped_bases"] = q17_mapped_bases
        if q17_mean_alignment_length is not UNSET:
            field_dict["q17_mean_alignment_length"] = q17_mean_alignment_length
        if q20_alignments is not UNSET:
            field_dict["q20_alignments"] = q20_alignments
        if q20_longest_alignment is not UNSET:
            field_dict["q20_longest_alignment"] = q20_longest_alignment
        if q20_mapped_bases is not UNSET:
            field_dict["q20_mapped_bases"] = q20_mapped_bases
        if q20_mean_alignment_length is not UNSET:
            field_dict["q20_mean_alignment_length"] = q20_mean_alignment_length
        if q47_alignments is not UNSET:
            field_dict["q47_alignments"] = q47_alignments
        if q47_longest_alignment is not UNSET:
            field_dict["q47_longest_alignment"] = q47_longest_alignment
        if q47_mapped_bases is not UNSET:
            field_dict["q47_mapped_bases"] = q47_mapped_bases
        if q47_mean_alignment_length is not UNSET:
            field_dict["q47_mean_alignment_length"] = q47_mean_alignment_length
        if i_50q17_reads is not UNSET:
            field_dict["i50Q17_reads"] = i_50q17_reads
        if i_100q17_reads is not UNSET:
            field_dict["i100Q17_reads"] = i_100q17_reads
        if i_150q17_reads is not UNSET:
            field_dict["i150Q17_reads"] = i_150q17_reads
        if i_200q17_reads is not UNSET:
            field_dict["i200Q17_reads"] = i_200q17_reads
        if i_50q20_reads is not UNSET:
            field_dict["i50Q20_reads"] = i_50q20_reads
        if i_100q20_reads is not UNSET:
            field_dict["i100Q20_reads"] = i_100q20_reads
        if i_150q20_reads is not UNSET:
            field_dict["i150Q20_reads"] = i_150q20_reads
        if i_200q20_reads is not UNSET:
            field_dict["i200Q20_reads"] = i_200q20_reads

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        d = dict(src_dict)
        _made.id = d.pop("id")

        _made.resource_uri = d.pop("resource_uri")

        _made.total_num_reads = d.pop("totalNumReads")

        _made.report = d.pop("report", UNSET)

        _made.ave_key_counts = d.pop("aveKeyCounts", UNSET)

        _made.cf = d.pop("cf", UNSET)

        _made.ie = d.pop("ie", UNSET)

        _made.dr = d.pop("dr", UNSET)

        _made.sys_snr = d.pop("sysSNR", UNSET)

        _made.raw_accuracy = d.pop("raw_accuracy", UNSET)

        _made.duplicate_reads = d.pop("duplicate_reads", UNSET)

        _made.genome = d.pop("genome", UNSET)

        _made.genomesize = d.pop("genomesize", UNSET)

        _made.genome_version = d.pop("Genome_Version", UNSET)

        _made.index_version = d.pop("Index_Version", UNSET)

        _made.align_sample = d.pop("align_sample", UNSET)

        _made.total_mapped_reads = d.pop("total_mapped_reads", UNSET)

        _made.total_mapped_target_bases = d.pop("total_mapped_target_bases", UNSET)

        _made.q7_alignments = d.pop("q7_alignments", UNSET)

        _made.q7_longest_alignment = d.pop("q7_longest_alignment", UNSET)

        _made.q7_mapped_bases = d.pop("q7_mapped_bases", UNSET)

        _made.q7_mean_alignment_length = d.pop("q7_mean_alignment_length", UNSET)

        _made.q10_alignments = d.pop("q10_alignments", UNSET)

        _made.q10_longest_alignment = d.pop("q10_longest_alignment", UNSET)

        _made.q10_mapped_bases = d.pop("q10_mapped_bases", UNSET)

        _made.q10_mean_alignment_length = d.pop("q10_mean_alignment_length", UNSET)

        _made.q17_alignments = d.pop("q17_alignments", UNSET)

        _made.q17_longest_alignment = d.pop("q17_longest_alignment", UNSET)

        _made.q17_mapped_bases = d.pop("q17_mapped_bases", UNSET)

        _made.q17_mean_alignment_length = d.pop("q17_mean_alignment_length", UNSET)

        _made.q20_alignments = d.pop("q20_alignments", UNSET)

        _made.q20_longest_alignment = d.pop("q20_longest_alignment", UNSET)

        _made.q20_mapped_bases = d.pop("q20_mapped_bases", UNSET)

        _made.q20_mean_alignment_length = d.pop("q20_mean_alignment_length", UNSET)

        _made.q47_alignments = d.pop("q47_alignments", UNSET)

        _made.q47_longest_alignment = d.pop("q47_longest_alignment", UNSET)

        _made.q47_mapped_bases = d.pop("q47_mapped_bases", UNSET)

        _made.q47_mean_alignment_length = d.pop("q47_mean_alignment_length", UNSET)

        _made.i_50q17_reads = d.pop("i50Q17_reads", UNSET)

        _made.i_100q17_reads = d.pop("i100Q17_reads", UNSET)

        _made.i_150q17_reads = d.pop("i150Q17_reads", UNSET)

        _made.i_200q17_reads = d.pop("i200Q17_reads", UNSET)

        _made.i_50q20_reads = d.pop("i50Q20_reads", UNSET)

        _made.i_100q20_reads = d.pop("i100Q20_reads", UNSET)

        _made.i_150q20_reads = d.pop("i150Q20_reads", UNSET)

        _made.i_200q20_reads = d.pop("i200Q20_reads", UNSET)

        _made.additional_properties = d
        return _made

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
