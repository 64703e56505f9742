from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_status import TaskStatus
from ..types import UNSET, Unset, decode_all, decoded_fields

if TYPE_CHECKING:
    from ..models.batch_by import BatchBy
    from ..models.batch_group import BatchGroup
    from ..models.execution_settings import ExecutionSettings
    from ..models.execution_status import ExecutionStatus
    from ..models.price import Price
    from ..models.task_errors_item import TaskErrorsItem
    from ..models.task_inputs import TaskInputs
    from ..models.task_output_location import TaskOutputLocation
    from ..models.task_outputs import TaskOutputs
    from ..models.task_warnings_item import TaskWarningsItem


T = TypeVar("T", bound="Task")


@_attrs_define(slots=False)
class Task:
    """
    Attributes:
        href (str):
        id (UUID):
        name (str | Unset):
        description (None | str | Unset):
        status (str | TaskStatus | Unset):
        project (str | Unset):
        app (str | Unset): `owner/project/app/revision`.
        type_ (str | Unset):
        created_by (str | Unset):
        executed_by (str | Unset):
        created_time (datetime.datetime | Unset):
        start_time (datetime.datetime | Unset):
        end_time (datetime.datetime | Unset):
        batch (bool | Unset):
        batch_input (None | str | Unset):
        batch_by (BatchBy | None | Unset):
        batch_group (BatchGroup | Unset):
        parent (None | str | Unset):
        origin_id (None | str | Unset):
        use_interruptible_instances (bool | Unset):
        execution_settings (ExecutionSettings | Unset):
        execution_status (ExecutionStatus | Unset):
        price (Price | Unset): Money amounts are strings.
        errors (list[TaskErrorsItem] | Unset):
        warnings (list[TaskWarningsItem] | Unset):
        inputs (TaskInputs | Unset): Input id: a value, a File `{class, path, name}`, or a list of them.
        outputs (TaskOutputs | Unset): Output id to File objects (or null until produced).
        output_location (TaskOutputLocation | Unset):
    """

    href: str
    id: UUID
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    status: str | TaskStatus | Unset = UNSET
    project: str | Unset = UNSET
    app: str | Unset = UNSET
    type_: str | Unset = UNSET
    created_by: str | Unset = UNSET
    executed_by: str | Unset = UNSET
    created_time: datetime.datetime | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    end_time: datetime.datetime | Unset = UNSET
    batch: bool | Unset = UNSET
    batch_input: None | str | Unset = UNSET
    batch_by: BatchBy | None | Unset = UNSET
    batch_group: BatchGroup | Unset = UNSET
    parent: None | str | Unset = UNSET
    origin_id: None | str | Unset = UNSET
    use_interruptible_instances: bool | Unset = UNSET
    execution_settings: ExecutionSettings | Unset = UNSET
    execution_status: ExecutionStatus | Unset = UNSET
    price: Price | Unset = UNSET
    errors: list[TaskErrorsItem] | Unset = UNSET
    warnings: list[TaskWarningsItem] | Unset = UNSET
    inputs: TaskInputs | Unset = UNSET
    outputs: TaskOutputs | Unset = UNSET
    output_location: TaskOutputLocation | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.batch_by import BatchBy  # noqa: PLC0415

        href = self.href

        id = str(self.id)

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, TaskStatus):
            status = self.status.value
        else:
            status = self.status

        project = self.project

        app = self.app

        type_ = self.type_

        created_by = self.created_by

        executed_by = self.executed_by

        created_time: str | Unset = UNSET
        if not isinstance(self.created_time, Unset):
            created_time = self.created_time.isoformat()

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        end_time: str | Unset = UNSET
        if not isinstance(self.end_time, Unset):
            end_time = self.end_time.isoformat()

        batch = self.batch

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

        batch_group: dict[str, Any] | Unset = UNSET
        if not isinstance(self.batch_group, Unset):
            batch_group = self.batch_group.to_dict()

        parent: None | str | Unset
        if isinstance(self.parent, Unset):
            parent = UNSET
        else:
            parent = self.parent

        origin_id: None | str | Unset
        if isinstance(self.origin_id, Unset):
            origin_id = UNSET
        else:
            origin_id = self.origin_id

        use_interruptible_instances = self.use_interruptible_instances

        execution_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_settings, Unset):
            execution_settings = self.execution_settings.to_dict()

        execution_status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.execution_status, Unset):
            execution_status = self.execution_status.to_dict()

        price: dict[str, Any] | Unset = UNSET
        if not isinstance(self.price, Unset):
            price = self.price.to_dict()

        errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.errors, Unset):
            errors = []
            for errors_item_data in self.errors:
                errors_item = errors_item_data.to_dict()
                errors.append(errors_item)

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        inputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.inputs, Unset):
            inputs = self.inputs.to_dict()

        outputs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.outputs, Unset):
            outputs = self.outputs.to_dict()

        output_location: dict[str, Any] | Unset = UNSET
        if not isinstance(self.output_location, Unset):
            output_location = self.output_location.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "href": href,
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if project is not UNSET:
            field_dict["project"] = project
        if app is not UNSET:
            field_dict["app"] = app
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if executed_by is not UNSET:
            field_dict["executed_by"] = executed_by
        if created_time is not UNSET:
            field_dict["created_time"] = created_time
        if start_time is not UNSET:
            field_dict["start_time"] = start_time
        if end_time is not UNSET:
            field_dict["end_time"] = end_time
        if batch is not UNSET:
            field_dict["batch"] = batch
        if batch_input is not UNSET:
            field_dict["batch_input"] = batch_input
        if batch_by is not UNSET:
            field_dict["batch_by"] = batch_by
        if batch_group is not UNSET:
            field_dict["batch_group"] = batch_group
        if parent is not UNSET:
            field_dict["parent"] = parent
        if origin_id is not UNSET:
            field_dict["origin_id"] = origin_id
        if use_interruptible_instances is not UNSET:
            field_dict["use_interruptible_instances"] = use_interruptible_instances
        if execution_settings is not UNSET:
            field_dict["execution_settings"] = execution_settings
        if execution_status is not UNSET:
            field_dict["execution_status"] = execution_status
        if price is not UNSET:
            field_dict["price"] = price
        if errors is not UNSET:
            field_dict["errors"] = errors
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if inputs is not UNSET:
            field_dict["inputs"] = inputs
        if outputs is not UNSET:
            field_dict["outputs"] = outputs
        if output_location is not UNSET:
            field_dict["output_location"] = output_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        _made = object.__new__(cls)
        _raw: Any = _made  # the JSON values of the fields read on first access
        d = dict(src_dict)
        _made.href = d.pop("href")

        _raw._raw_id = d.pop("id")

        _made.name = d.pop("name", UNSET)

        _made.description = d.pop("description", UNSET)

        if "status" in d:
            _raw._raw_status = d.pop("status")

        _made.project = d.pop("project", UNSET)

        _made.app = d.pop("app", UNSET)

        _made.type_ = d.pop("type", UNSET)

        _made.created_by = d.pop("created_by", UNSET)

        _made.executed_by = d.pop("executed_by", UNSET)

        if "created_time" in d:
            _raw._raw_created_time = d.pop("created_time")

        if "start_time" in d:
            _raw._raw_start_time = d.pop("start_time")

        if "end_time" in d:
            _raw._raw_end_time = d.pop("end_time")

        _made.batch = d.pop("batch", UNSET)

        _made.batch_input = d.pop("batch_input", UNSET)

        if "batch_by" in d:
            _raw._raw_batch_by = d.pop("batch_by")

        if "batch_group" in d:
            _raw._raw_batch_group = d.pop("batch_group")

        _made.parent = d.pop("parent", UNSET)

        _made.origin_id = d.pop("origin_id", UNSET)

        _made.use_interruptible_instances = d.pop("use_interruptible_instances", UNSET)

        if "execution_settings" in d:
            _raw._raw_execution_settings = d.pop("execution_settings")

        if "execution_status" in d:
            _raw._raw_execution_status = d.pop("execution_status")

        if "price" in d:
            _raw._raw_price = d.pop("price")

        if "errors" in d:
            _raw._raw_errors = d.pop("errors")

        if "warnings" in d:
            _raw._raw_warnings = d.pop("warnings")

        if "inputs" in d:
            _raw._raw_inputs = d.pop("inputs")

        if "outputs" in d:
            _raw._raw_outputs = d.pop("outputs")

        if "output_location" in d:
            _raw._raw_output_location = d.pop("output_location")

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


def _decode_id(_json_value_: Any) -> UUID:
    id = UUID(_json_value_)

    return id


def _decode_status(_json_value_: Any) -> str | TaskStatus | Unset:
    def _parse_status(data: object) -> str | TaskStatus | Unset:
        if isinstance(data, Unset):
            return data
        try:
            if not isinstance(data, str):
                raise TypeError()
            status_type_0 = TaskStatus(data)

            return status_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
        return cast(str | TaskStatus | Unset, data)

    status = _parse_status(_json_value_)

    return status


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


def _decode_batch_group(_json_value_: Any) -> BatchGroup | Unset:
    _batch_group = _json_value_
    batch_group: BatchGroup | Unset
    if isinstance(_batch_group, Unset):
        batch_group = UNSET
    else:
        batch_group = BatchGroup.from_dict(_batch_group)

    return batch_group


def _decode_execution_settings(_json_value_: Any) -> ExecutionSettings | Unset:
    _execution_settings = _json_value_
    execution_settings: ExecutionSettings | Unset
    if isinstance(_execution_settings, Unset):
        execution_settings = UNSET
    else:
        execution_settings = ExecutionSettings.from_dict(_execution_settings)

    return execution_settings


def _decode_execution_status(_json_value_: Any) -> ExecutionStatus | Unset:
    _execution_status = _json_value_
    execution_status: ExecutionStatus | Unset
    if isinstance(_execution_status, Unset):
        execution_status = UNSET
    else:
        execution_status = ExecutionStatus.from_dict(_execution_status)

    return execution_status


def _decode_price(_json_value_: Any) -> Price | Unset:
    _price = _json_value_
    price: Price | Unset
    if isinstance(_price, Unset):
        price = UNSET
    else:
        price = Price.from_dict(_price)

    return price


def _decode_errors(_json_value_: Any) -> list[TaskErrorsItem] | Unset:
    _errors = _json_value_
    errors: list[TaskErrorsItem] | Unset = UNSET
    if _errors is not UNSET:
        errors = [TaskErrorsItem.from_dict(errors_item_data) for errors_item_data in _errors]

    return errors


def _decode_warnings(_json_value_: Any) -> list[TaskWarningsItem] | Unset:
    _warnings = _json_value_
    warnings: list[TaskWarningsItem] | Unset = UNSET
    if _warnings is not UNSET:
        warnings = [TaskWarningsItem.from_dict(warnings_item_data) for warnings_item_data in _warnings]

    return warnings


def _decode_inputs(_json_value_: Any) -> TaskInputs | Unset:
    _inputs = _json_value_
    inputs: TaskInputs | Unset
    if isinstance(_inputs, Unset):
        inputs = UNSET
    else:
        inputs = TaskInputs.from_dict(_inputs)

    return inputs


def _decode_outputs(_json_value_: Any) -> TaskOutputs | Unset:
    _outputs = _json_value_
    outputs: TaskOutputs | Unset
    if isinstance(_outputs, Unset):
        outputs = UNSET
    else:
        outputs = TaskOutputs.from_dict(_outputs)

    return outputs


def _decode_output_location(_json_value_: Any) -> TaskOutputLocation | Unset:
    _output_location = _json_value_
    output_location: TaskOutputLocation | Unset
    if isinstance(_output_location, Unset):
        output_location = UNSET
    else:
        output_location = TaskOutputLocation.from_dict(_output_location)

    return output_location


decoded_fields(
    Task,
    {
        "id": (_decode_id, "UUID", False),
        "status": (_decode_status, "str | TaskStatus", True),
        "created_time": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "start_time": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "end_time": (datetime.datetime.fromisoformat, "datetime.datetime", True),
        "batch_by": (_decode_batch_by, "BatchBy | None", True),
        "batch_group": (_decode_batch_group, "BatchGroup", True),
        "execution_settings": (_decode_execution_settings, "ExecutionSettings", True),
        "execution_status": (_decode_execution_status, "ExecutionStatus", True),
        "price": (_decode_price, "Price", True),
        "errors": (_decode_errors, "list[TaskErrorsItem]", True),
        "warnings": (_decode_warnings, "list[TaskWarningsItem]", True),
        "inputs": (_decode_inputs, "TaskInputs", True),
        "outputs": (_decode_outputs, "TaskOutputs", True),
        "output_location": (_decode_output_location, "TaskOutputLocation", True),
    },
)


if not TYPE_CHECKING:  # the models from_dict builds (see the end of the template)
    from ..models.batch_by import BatchBy
    from ..models.batch_group import BatchGroup
    from ..models.execution_settings import ExecutionSettings
    from ..models.execution_status import ExecutionStatus
    from ..models.price import Price
    from ..models.task_errors_item import TaskErrorsItem
    from ..models.task_inputs import TaskInputs
    from ..models.task_output_location import TaskOutputLocation
    from ..models.task_outputs import TaskOutputs
    from ..models.task_warnings_item import TaskWarningsItem
