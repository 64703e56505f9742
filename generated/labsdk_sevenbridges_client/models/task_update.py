from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.batch_by import BatchBy
    from ..models.execution_settings import ExecutionSettings
    from ..models.task_update_inputs import TaskUpdateInputs


T = TypeVar("T", bound="TaskUpdate")


@_attrs_define(slots=False)
class TaskUpdate:
    """
    Attributes:
        name (str | Unset):
        description (None | str | Unset):
        inputs (TaskUpdateInputs | Unset):
        batch_input (None | str | Unset):
        batch_by (BatchBy | None | Unset):
        use_interruptible_instances (bool | Unset):
        execution_settings (ExecutionSettings | Unset):
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    inputs: TaskUpdateInputs | Unset = UNSET
    batch_input: None | str | Unset = UNSET
    batch_by: BatchBy | None | Unset = UNSET
    use_interruptible_instances: bool | Unset = UNSET
    execution_settings: ExecutionSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_by import BatchBy  # noqa: PLC0415

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        batch_input: None | str | Unset
        if isinstance(self.batch_input, Unset):
            batch_input = UNSET
        else:
            batch_input = self.batch_input

        batch_by: dict[str, Any] | None | Unset
        if isinstance(self.batch_by, Unset):
            batch_by = UNSET
        elif isinstance(self.batch_by, BatchBy):
            batch_by = self.batch_by.to_dict()
        else:
            batch_by = self.batch_by

        use_interruptible_instances = self.use_interruptible_instances

        execution_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_settings, Unset):
            execution_settings = self.execution_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if batch_input is not UNSET:
            field_dict["batch_input"] = batch_input
        if batch_by is not UNSET:
            field_dict["batch_by"] = batch_by
        if use_interruptible_instances is not UNSET:
            field_dict["use_interruptible_instances"] = use_interruptible_instances
        if execution_settings is not UNSET:
            field_dict["execution_settings"] = execution_settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.name = d.pop("name", UNSET)

        _made.description = d.pop("description", UNSET)

        if "inputs" in d:
            _raw._raw_inputs = d.pop("inputs")

        _made.batch_input = d.pop("batch_input", UNSET)

        if "batch_by" in d:
            _raw._raw_batch_by = d.pop("batch_by")

        _made.use_interruptible_instances = d.pop("use_interruptible_instances", UNSET)

        if "execution_settings" in d:
            _raw._raw_execution_settings = d.pop("execution_settings")

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


def _decode_inputs(_json_value_: Any) -> TaskUpdateInputs | Unset:
    _inputs = _json_value_
    inputs: TaskUpdateInputs | Unset
    if isinstance(_inputs, Unset):
        inputs = UNSET
    else:
        inputs = TaskUpdateInputs.from_dict(_inputs)

    return inputs


def _decode_batch_by(_json_value_: Any) -> BatchBy | None | Unset:
    def _parse_batch_by(data: object) -> BatchBy | None | Unset:
        if data is None:
            return data
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, dict):
                raise TypeError()
            batch_by_type_0 = BatchBy.from_dict(data)

            decode_all(batch_by_type_0)
            return batch_by_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(BatchBy | None | Unset, data)

    batch_by = _parse_batch_by(_json_value_)

    return batch_by


def _decode_execution_settings(_json_value_: Any) -> ExecutionSettings | Unset:
    _execution_settings = _json_value_
    execution_settings: ExecutionSettings | Unset
    if isinstance(_execution_settings, Unset):
        execution_settings = UNSET
    else:
        execution_settings = ExecutionSettings.from_dict(_execution_settings)

    return execution_settings


decoded_fields(
    TaskUpdate,
    {
        "inputs": (_decode_inputs, "TaskUpdateInputs", True),
        "batch_by": (_decode_batch_by, "BatchBy | None", True),
        "execution_settings": (_decode_execution_settings, "ExecutionSettings", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.batch_by import BatchBy
    from ..models.execution_settings import ExecutionSettings
    from ..models.task_update_inputs import TaskUpdateInputs
