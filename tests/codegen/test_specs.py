"""The specs validate, their declarations parse, and a bad spec fails generation loudly."""

from __future__ import annotations

import copy
import importlib
import inspect
import re
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from openapi_spec_validator import validate

import labspecs

ROOT = Path(__file__).resolve().parents[2]
DRIVER = ROOT / "tools/codegen/generate.py"

SPEC_NAMES = labspecs.available()


def _raw(name: str) -> dict[str, Any]:
    return dict(copy.deepcopy(labspecs.load(name).document))


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_spec_is_valid_openapi_31(name: str) -> None:
    document = _raw(name)
    assert document["openapi"].startswith("3.1")
    validate(document)


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_every_operation_is_secured_at_operation_level(name: str) -> None:
    spec = labspecs.load(name)
    assert spec.auth is not None
    # An operation is public only on purpose: it says `security: []` (an API root such as Ion Torrent's or
    # Seven Bridges'); an operation that says nothing would silently be unauthenticated in the generated client.
    unsecured = [op.operation_id for op in spec.operations.values() if not op.secured and "security" not in op.raw]
    assert unsecured == []


@pytest.mark.parametrize("name", SPEC_NAMES)
def test_declarations_name_real_generated_parameters_and_fields(name: str) -> None:
    """Every name an x-pagination or x-long-running declaration uses exists in the generated client."""
    spec = labspecs.load(name)
    checked = 0
    for op in spec.operations.values():
        module = importlib.import_module(f"{spec.generated_package}.api.{op.tag_module}.{op.module_name}")
        params = inspect.signature(module.sync_detailed).parameters
        if op.pagination is not None:
            page = op.pagination
            for wire in (page.limit_param, page.cursor_param, page.token_param, page.offset_param):
                if wire is not None:
                    assert labspecs.snake_case(wire) in params, (op.operation_id, wire)
                    checked += 1
        if op.long_running is not None:
            model = module.sync_detailed.__annotations__["return"]
            assert "Response" in str(model)
            schema = spec.resolve(op.raw["responses"]["200"]["content"]["application/json"]["schema"])
            for wire in (op.long_running.status_field, op.long_running.progress_field, op.long_running.message_field):
                if wire is not None:
                    assert wire in schema["properties"], (op.operation_id, wire)
                    checked += 1
    for field in spec.signed_urls:
        models = importlib.import_module(f"{spec.generated_package}.models")
        cls = getattr(models, field.schema)
        assert labspecs.snake_case(field.property) in {f.name for f in attrs.fields(cls)}
        checked += 1
    assert checked > 0


def test_biodock_declarations_read_as_documented() -> None:
    spec = labspecs.load("biodock")
    assert spec.base_path == "/api/external"
    assert spec.auth == labspecs.AuthScheme("ApiKeyAuth", "apiKey-header", "X-API-KEY", "")
    listing = spec.operation("listAnalysisJobs").pagination
    assert listing is not None
    assert (listing.style, listing.items, listing.cursor_param, listing.cursor_field) == (
        "cursor",
        "results",
        "startingAfter",
        "id",
    )
    job = spec.operation("getAnalysisJob").long_running
    assert job is not None
    assert job.lifecycle == ("PENDING", "RUNNING", "SUCCEEDED")
    assert job.is_terminal("FAILED")
    assert not job.is_terminal("SOMETHING_NEW")
    assert {f.property for f in spec.signed_url_fields("AnalysisJob")} == {"objectsDataCSVUrl", "aggregateDataCSVUrl"}


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["components"]["x-pagination"]["cursor"].update(style="pages"), "style 'pages'"),
        (lambda d: d["components"]["x-pagination"]["cursor"].pop("cursor-field"), "needs cursor-field"),
        (lambda d: d["components"]["x-pagination"]["cursor"].update(colour="red"), "unknown keys"),
        (lambda d: d["paths"]["/analysis-jobs/{id}"]["get"]["x-long-running"].update(success=[]), "lifecycle"),
        (lambda d: d["paths"]["/analysis-jobs/{id}"]["get"]["x-long-running"].pop("status-field"), "status-field"),
        (lambda d: d.pop("x-errors"), "x-errors"),
        (lambda d: d["paths"]["/check"]["get"].pop("operationId"), "no operationId"),
    ],
)
def test_malformed_declarations_raise_spec_error(mutate: Any, message: str) -> None:
    document = _raw("biodock")
    mutate(document)
    with pytest.raises(labspecs.SpecError, match=message):
        labspecs.parse("biodock", document)


def _pagination(document: dict[str, Any], name: str) -> dict[str, Any]:
    declared: dict[str, Any] = document["components"]["x-pagination"][name]
    return declared


def _resource(document: dict[str, Any], kind: str) -> dict[str, Any]:
    declared: dict[str, Any] = document["x-resources"][kind]
    return declared


@pytest.mark.parametrize(
    ("name", "mutate", "message"),
    [
        # x-pagination: only the style's keys (and the common ones), each value checked
        ("biodock", lambda d: _pagination(d, "cursor").update({"offset-param": "o"}),
         "x-pagination style cursor does not use the key 'offset-param'"),
        ("biodock", lambda d: _pagination(d, "cursor").update({"total-field": "count"}),
         "style cursor does not use the key 'total-field'"),
        ("sphinx", lambda d: _pagination(d, "next-token").update({"total-header": "X-Total"}),
         "style next-token does not use the key 'total-header'"),
        ("sevenbridges", lambda d: _pagination(d, "offset").update({"token-param": "t"}),
         "style offset does not use the key 'token-param'"),
        ("iontorrent", lambda d: _pagination(d, "tastypie").update({"links-field": "links"}),
         "style next-url does not use the key 'links-field'"),
        ("sphinx", lambda d: _pagination(d, "next-token").update({"token-error": 418}),
         "token-error must be 400 or 404"),
        ("iontorrent", lambda d: _pagination(d, "tastypie").update({"limit-zero": "all"}), "limit-zero must be 'max'"),
        ("biodock", lambda d: _pagination(d, "cursor").update(echo={"count": "everything"}),
         "'everything' is not one of"),
        ("sevenbridges", lambda d: _pagination(d, "offset").update(echo={"Sort": {"param": "sort"}}),
         "GET /projects: x-pagination echo Sort names 'sort', not a query parameter here"),
        ("biodock", lambda d: _pagination(d, "cursor").update({"max-limit": "100"}), "max-limit as a whole number"),
        # x-long-running, x-signed-url, x-errors, x-rate-limit, x-signed-redirect
        ("biodock", lambda d: d["paths"]["/analysis-jobs/{id}"]["get"]["x-long-running"].update(colour="red"),
         "GET /analysis-jobs/{id}: x-long-running has unknown keys ['colour']"),
        ("sphinx", lambda d: d["paths"]["/tasks/{id}"]["get"]["x-long-running"].update(failure="FAILED"),
         "x-long-running failure must be a list of strings"),
        ("biodock", lambda d: d["components"]["schemas"]["AnalysisJob"]["properties"]["objectsDataCSVUrl"][
            "x-signed-url"].update(size=3), "AnalysisJob.objectsDataCSVUrl: x-signed-url has unknown keys ['size']"),
        ("biodock", lambda d: d["x-errors"].update(colour="red"), "x-errors has unknown keys ['colour']"),
        ("biodock", lambda d: d["x-errors"].update({"code-field": "errno"}), "code-field 'errno' is not a property"),
        ("sevenbridges", lambda d: d["x-rate-limit"].update(window=300), "x-rate-limit has unknown keys ['window']"),
        ("biodock", lambda d: d["paths"]["/pipelines"]["get"].update({"x-signed-redirect": {"media-type": "text/csv"}}),
         "GET /pipelines: x-signed-redirect answers 302, which the operation's responses do not declare"),
        ("biodock", lambda d: d["paths"]["/pipelines"]["get"].update({"x-signed-redirect": {"status": 301}}),
         "x-signed-redirect status must be 302 or 307"),
        ("biodock", lambda d: d["paths"]["/pipelines"]["get"].update({"x-signed-redirect": {"filname": "a"}}),
         "x-signed-redirect has unknown keys ['filname']"),
        # an extension labspecs does not read is a typo
        ("biodock", lambda d: d["paths"]["/pipelines"]["get"].update({"x-paginaton": {}}),
         "GET /pipelines: unknown extension 'x-paginaton'"),
        ("biodock", lambda d: d.update({"x-resource": {}}), "the root: unknown extension 'x-resource'"),
        # x-resources
        ("biodock", lambda d: _resource(d, "pipeline").update(colour="red"),
         "x-resources pipeline: x-resources has unknown keys"),
        ("biodock", lambda d: _resource(d, "pipeline")["operations"].update(show="getPipeline"),
         "x-resources pipeline: operations has unknown keys ['show']"),
        ("biodock", lambda d: _resource(d, "pipeline")["operations"].update(read="getPipeline"),
         "operations read names 'getPipeline', which is not an operationId"),
        ("biodock", lambda d: _resource(d, "pipeline")["operations"].update(list="checkApiKey"),
         "the list operation checkApiKey needs x-pagination"),
        ("biodock", lambda d: _resource(d, "pipeline")["operations"].update(list="listFilesystemItems"),
         "x-resources pipeline: listFilesystemItems already serves x-resources filesystem-item"),
        ("sevenbridges", lambda d: _resource(d, "project")["id"].pop("from"),
         "getProject has path parameters ['owner', 'project']; say which name the object in id from"),
        ("sevenbridges", lambda d: _resource(d, "project")["id"].update({"from": "{owner}/{name}"}),
         "id from names ['name'], not path parameters of getProject"),
        ("biodock", lambda d: _resource(d, "pipeline").update(filters={"colour": "color"}),
         "filters names 'colour', not a parameter of listPipelines"),
        ("biodock", lambda d: _resource(d, "pipeline").update(id={"format": "pl_{m:04d}"}),
         "needs exactly one {n...} or {uuid} field"),
        ("biodock", lambda d: _resource(d, "pipeline").update(id={"format": "pl_{n:04q}"}), "id format 'pl_{n:04q}'"),
        ("biodock", lambda d: _resource(d, "pipeline").update(unique=["colour"]), "unique ['colour'] not properties"),
        ("biodock", lambda d: _resource(d, "pipeline").update(order="-colour"), "order ['colour'] not properties"),
        ("biodock", lambda d: _resource(d, "pipeline").update(errors={"not-found": {"message": "{nope}"}}),
         "is not a template of title, id, field, value"),
        ("biodock", lambda d: _resource(d, "filesystem-item")["parent"].update(resource="folder"),
         "parent resource 'folder' is not in x-resources"),
        ("biodock", lambda d: _resource(d, "filesystem-item")["parent"].update({"from": "{folder}"}),
         "parent from names ['folder'], not parameters of listFilesystemItems"),
        ("biodock", lambda d: _resource(d, "filesystem-item")["timestamps"].update(format="days"),
         "timestamps format 'days'"),
        ("biodock", lambda d: _resource(d, "pipeline")["operations"].update(create="submitAnalysisJob"),
         "a resource that is created needs id format or hook"),
    ],
)  # fmt: skip
def test_strict_declarations_name_where_the_extension_and_the_key(name: str, mutate: Any, message: str) -> None:
    document = _raw(name)
    mutate(document)
    with pytest.raises(labspecs.SpecError, match=re.escape(message)) as raised:
        labspecs.parse(name, document)
    assert str(raised.value).startswith(f"{name}: ")


def _write_spec(folder: Path, document: Mapping[str, Any]) -> None:
    (folder / "broken.yaml").write_text(yaml.safe_dump(dict(document)), encoding="utf-8")


@pytest.mark.parametrize(
    "mutate",
    [
        pytest.param(
            lambda d: d["paths"]["/check"]["get"].update(parameters=[{"name": "x", "in": "body"}]),
            id="invalid-openapi",
        ),
        pytest.param(lambda d: d["paths"]["/check"]["get"].pop("responses"), id="generator-error"),
        pytest.param(lambda d: d.update(openapi="3.0.3"), id="not-3.1"),
        pytest.param(lambda d: d["components"]["x-pagination"]["cursor"].pop("items"), id="bad-extension"),
        pytest.param(
            lambda d: d["components"]["x-pagination"]["cursor"].update({"total-field": "count"}), id="foreign-key"
        ),
        pytest.param(lambda d: d["paths"]["/check"]["get"].update({"x-long-runing": {}}), id="unknown-extension"),
        pytest.param(lambda d: d["x-resources"]["pipeline"].update(unique=["colour"]), id="bad-resource"),
        pytest.param(
            lambda d: d["components"]["schemas"]["AnalysisJob"]["properties"]["status"].update(
                {"$ref": "#/components/schemas/Missing"}
            ),
            id="dangling-ref",
        ),
    ],
)
def test_bad_spec_fails_generation_loudly(mutate: Any, tmp_path: Path) -> None:
    document = _raw("biodock")
    mutate(document)
    _write_spec(tmp_path, document)
    out = tmp_path / "generated"
    out.mkdir()
    result = subprocess.run(  # noqa: S603
        [sys.executable, str(DRIVER), "broken", "--specs-dir", str(tmp_path), "--generated-dir", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert result.stderr.startswith("error: ")
    assert not (out / "broken_client").exists()


def test_good_spec_generates_the_committed_client(tmp_path: Path) -> None:
    """The driver run on a copy of a spec produces exactly generated/ (what check-generated relies on)."""
    _write_spec(tmp_path, _raw("biodock"))
    (tmp_path / "broken.yaml").rename(tmp_path / "biodock.yaml")
    out = tmp_path / "generated"
    out.mkdir()
    result = subprocess.run(  # noqa: S603
        [sys.executable, str(DRIVER), "biodock", "--all", "--specs-dir", str(tmp_path), "--generated-dir", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    fresh = sorted(p.relative_to(out).as_posix() for p in (out / "labsdk_biodock_client").rglob("*.py"))
    committed = sorted(
        p.relative_to(ROOT / "generated").as_posix() for p in (ROOT / "generated/labsdk_biodock_client").rglob("*.py")
    )
    assert fresh == committed
    assert (out / "labsdk_biodock_client/py.typed").is_file()


def test_snake_case_matches_the_generator() -> None:
    assert labspecs.snake_case("startingAfter") == "starting_after"
    assert labspecs.snake_case("objectsDataCSVUrl") == "objects_data_csv_url"
    assert labspecs.snake_case("__t") == "field_t"
    assert labspecs.snake_case("nextToken") == "next_token"
    assert labspecs.snake_case("next") == "next_"  # a builtin: the generator appends "_"
    assert labspecs.snake_case("class") == "class_"
    assert labspecs.snake_case("id") == "id"  # the generator's one exception
    assert labspecs.snake_case("total_count") == "total_count"
    assert labspecs.snake_case("X-Total-Matching-Query") == "x_total_matching_query"


def test_generated_multipart_requests_pick_their_own_boundary() -> None:
    """The driver removes openapi-python-client 0.29's fixed `boundary=+++` (a file containing it was cut short)."""
    modules = list((ROOT / "generated").rglob("*.py"))
    assert modules
    assert not [m for m in modules if "boundary=+++" in m.read_text(encoding="utf-8")]
    upload = ROOT / "generated/labsdk_biodock_client/api/filesystem/upload_file.py"
    assert '_kwargs["files"] = body.to_multipart()' in upload.read_text(encoding="utf-8")
