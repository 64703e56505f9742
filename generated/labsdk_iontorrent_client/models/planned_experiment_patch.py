from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decoded_fields

if TYPE_CHECKING:
    from ..models.barcoded_samples import BarcodedSamples
    from ..models.planned_experiment_patch_meta_data import PlannedExperimentPatchMetaData
    from ..models.planned_experiment_patch_selected_plugins import PlannedExperimentPatchSelectedPlugins


T = TypeVar("T", bound="PlannedExperimentPatch")


@_attrs_define(slots=False)
class PlannedExperimentPatch:
    """Some fields of a plan, checked as on creation.

    Attributes:
        plan_name (str | Unset): At most 60 letters, digits, spaces, `.`, `-`, `_`.
        plan_displayed_name (str | Unset):
        sample (str | Unset): The sample of a non-barcoded run.
        chip_type (str | Unset): A chip name or description, e.g. "520".
        templating_kit_name (str | Unset):
        library (str | Unset): The reference genome, e.g. "hg19".
        sequencekitname (str | Unset):
        librarykitname (str | Unset):
        sample_prep_kit_name (str | Unset):
        barcode_id (str | Unset): The barcode kit, e.g. "IonXpress".
        barcoded_samples (BarcodedSamples | Unset): Sample name → its barcodes.
        is_reusable (bool | Unset): A plan template instead of a plan.
        is_favorite (bool | Unset):
        run_type (str | Unset):
        run_mode (str | Unset):
        flows (int | Unset):
        bedfile (str | Unset):
        regionfile (str | Unset):
        notes (str | Unset):
        selected_plugins (PlannedExperimentPatchSelectedPlugins | Unset):
        meta_data (PlannedExperimentPatchMetaData | Unset):
    """

    plan_name: str | Unset = UNSET
    plan_displayed_name: str | Unset = UNSET
    sample: str | Unset = UNSET
    chip_type: str | Unset = UNSET
    templating_kit_name: str | Unset = UNSET
    library: str | Unset = UNSET
    sequencekitname: str | Unset = UNSET
    librarykitname: str | Unset = UNSET
    sample_prep_kit_name: str | Unset = UNSET
    barcode_id: str | Unset = UNSET
    barcoded_samples: BarcodedSamples | Unset = UNSET
    is_reusable: bool | Unset = UNSET
    is_favorite: bool | Unset = UNSET
    run_type: str | Unset = UNSET
    run_mode: str | Unset = UNSET
    flows: int | Unset = UNSET
    bedfile: str | Unset = UNSET
    regionfile: str | Unset = UNSET
    notes: str | Unset = UNSET
    selected_plugins: PlannedExperimentPatchSelectedPlugins | Unset = UNSET
    meta_data: PlannedExperimentPatchMetaData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan_name = self.plan_name

        plan_displayed_name = self.plan_displayed_name

        sample = self.sample

        chip_type = self.chip_type

        templating_kit_name = self.templating_kit_name

        library = self.library

        sequencekitname = self.sequencekitname

        librarykitname = self.librarykitname

        sample_prep_kit_name = self.sample_prep_kit_name

        barcode_id = self.barcode_id

        barcoded_samples: dict[str, Any] | Unset = UNSET
        if not isinstance(self.barcoded_samples, Unset):
            barcoded_samples = self.barcoded_samples.to_dict()

        is_reusable = self.is_reusable

        is_favorite = self.is_favorite

        run_type = self.run_type

        run_mode = self.run_mode

        flows = self.flows

        bedfile = self.bedfile

        regionfile = self.regionfile

        notes = self.notes

        selected_plugins: dict[str, Any] | Unset = UNSET
        if not isinstance(self.selected_plugins, Unset):
            selected_plugins = self.selected_plugins.to_dict()

        meta_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta_data, Unset):
            meta_data = self.meta_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if plan_name is not UNSET:
            field_dict["planName"] = plan_name
        if plan_displayed_name is not UNSET:
            field_dict["planDisplayedName"] = plan_displayed_name
        if sample is not UNSET:
            field_dict["sample"] = sample
        if chip_type is not UNSET:
            field_dict["chipType"] = chip_type
        if templating_kit_name is not UNSET:
            field_dict["templatingKitName"] = templating_kit_name
        if library is not UNSET:
            field_dict["library"] = library
        if sequencekitname is not UNSET:
            field_dict["sequencekitname"] = sequencekitname
        if librarykitname is not UNSET:
            field_dict["librarykitname"] = librarykitname
        if sample_prep_kit_name is not UNSET:
            field_dict["samplePrepKitName"] = sample_prep_kit_name
        if barcode_id is not UNSET:
            field_dict["barcodeId"] = barcode_id
        if barcoded_samples is not UNSET:
            field_dict["barcodedSamples"] = barcoded_samples
        if is_reusable is not UNSET:
            field_dict["isReusable"] = is_reusable
        if is_favorite is not UNSET:
            field_dict["isFavorite"] = is_favorite
        if run_type is not UNSET:
            field_dict["runType"] = run_type
        if run_mode is not UNSET:
            field_dict["runMode"] = run_mode
        if flows is not UNSET:
            field_dict["flows"] = flows
        if bedfile is not UNSET:
            field_dict["bedfile"] = bedfile
        if regionfile is not UNSET:
            field_dict["regionfile"] = regionfile
        if notes is not UNSET:
            field_dict["notes"] = notes
        if selected_plugins is not UNSET:
            field_dict["selectedPlugins"] = selected_plugins
        if meta_data is not UNSET:
            field_dict["metaData"] = meta_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.plan_name = d.pop("planName", UNSET)

        _made.plan_displayed_name = d.pop("planDisplayedName", UNSET)

        _made.sample = d.pop("sample", UNSET)

        _made.chip_type = d.pop("chipType", UNSET)

        _made.templating_kit_name = d.pop("templatingKitName", UNSET)

        _made.library = d.pop("library", UNSET)

        _made.sequencekitname = d.pop("sequencekitname", UNSET)

        _made.librarykitname = d.pop("librarykitname", UNSET)

        _made.sample_prep_kit_name = d.pop("samplePrepKitName", UNSET)

        _made.barcode_id = d.pop("barcodeId", UNSET)

        if "barcodedSamples" in d:
            _raw._raw_barcoded_samples = d.pop("barcodedSamples")

        _made.is_reusable = d.pop("isReusable", UNSET)

        _made.is_favorite = d.pop("isFavorite", UNSET)

        _made.run_type = d.pop("runType", UNSET)

        _made.run_mode = d.pop("runMode", UNSET)

        _made.flows = d.pop("flows", UNSET)

        _made.bedfile = d.pop("bedfile", UNSET)

        _made.regionfile = d.pop("regionfile", UNSET)

        _made.notes = d.pop("notes", UNSET)

        if "selectedPlugins" in d:
            _raw._raw_selected_plugins = d.pop("selectedPlugins")

        if "metaData" in d:
            _raw._raw_meta_data = d.pop("metaData")

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


def _decode_barcoded_samples(_json_value_: Any) -> BarcodedSamples | Unset:
    _barcoded_samples = _json_value_
    barcoded_samples: BarcodedSamples | Unset
    if isinstance(_barcoded_samples, Unset):
        barcoded_samples = UNSET
    else:
        barcoded_samples = BarcodedSamples.from_dict(_barcoded_samples)

    return barcoded_samples


def _decode_selected_plugins(_json_value_: Any) -> PlannedExperimentPatchSelectedPlugins | Unset:
    _selected_plugins = _json_value_
    selected_plugins: PlannedExperimentPatchSelectedPlugins | Unset
    if isinstance(_selected_plugins, Unset):
        selected_plugins = UNSET
    else:
        selected_plugins = PlannedExperimentPatchSelectedPlugins.from_dict(_selected_plugins)

    return selected_plugins


def _decode_meta_data(_json_value_: Any) -> PlannedExperimentPatchMetaData | Unset:
    _meta_data = _json_value_
    meta_data: PlannedExperimentPatchMetaData | Unset
    if isinstance(_meta_data, Unset):
        meta_data = UNSET
    else:
        meta_data = PlannedExperimentPatchMetaData.from_dict(_meta_data)

    return meta_data


decoded_fields(
    PlannedExperimentPatch,
    {
        "barcoded_samples": (_decode_barcoded_samples, "BarcodedSamples", True),
        "selected_plugins": (_decode_selected_plugins, "PlannedExperimentPatchSelectedPlugins", True),
        "meta_data": (_decode_meta_data, "PlannedExperimentPatchMetaData", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.barcoded_samples import BarcodedSamples
    from ..models.planned_experiment_patch_meta_data import PlannedExperimentPatchMetaData
    from ..models.planned_experiment_patch_selected_plugins import PlannedExperimentPatchSelectedPlugins
