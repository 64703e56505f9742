"""The dashboard (``GET /_labmock/``) in a real headless Chromium driven by selenium: the resources and their counts,
a request appearing in the live journal, a fault injected from the page, and the reset button bringing the state back.

Debian's ``chromium`` and ``chromium-driver`` are installed by ``make browser`` (run by ``make test``)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.wait import WebDriverWait

import labmock
from labmock import LiveServer

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebDriver]:
    chromium, driver = shutil.which("chromium"), shutil.which("chromedriver")
    if chromium is None or driver is None:
        pytest.fail("Chromium and its driver are missing: run `make browser` (Debian's chromium, chromium-driver)")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (*FLAGS, f"--user-data-dir={tmp_path_factory.mktemp('chromium')}"):
        options.add_argument(flag)
    session = webdriver.Chrome(service=webdriver.ChromeService(executable_path=driver), options=options)
    session.set_page_load_timeout(30)
    try:
        yield session
    finally:
        session.quit()


@pytest.fixture
def live() -> Iterator[LiveServer]:
    with labmock.running("biodock") as running:
        yield running


def count(browser: WebDriver, table: str, name: str) -> str:
    """A count of the resources or state table (read in one script: the page redraws its tables as it polls)."""
    script = "const c = document.querySelector(arguments[0]); return c ? c.textContent : '';"
    return str(browser.execute_script(script, f'#{table} tr[data-name="{name}"] td.count'))


def journal(browser: WebDriver) -> list[tuple[str, str]]:
    """(operation, status) of each row of the journal table, top (newest) first."""
    script = (
        "return Array.from(document.querySelectorAll('#journal tbody tr'))"
        ".map(r => [r.dataset.operation, r.cells[5].textContent]);"
    )
    return [(str(op), str(status)) for op, status in browser.execute_script(script)]


def faults(browser: WebDriver) -> list[str]:
    script = "return Array.from(document.querySelectorAll('#faults li')).map(li => li.textContent);"
    return [str(text) for text in browser.execute_script(script)]


def until(browser: WebDriver, what: str, check: object) -> None:
    WebDriverWait(browser, 15, poll_frequency=0.1).until(lambda b: check(b), message=what)  # type: ignore[operator]


def test_the_dashboard_shows_the_state_the_live_journal_and_resets(
    browser: WebDriver, live: LiveServer, tmp_path: Path
) -> None:
    headers = live.server.auth_headers()
    browser.get(f"{live.origin}/_labmock/")
    try:
        until(browser, "the page is live", lambda b: b.find_element(By.ID, "status").text == "live")
        assert browser.find_element(By.ID, "service").text == "biodock"
        assert browser.find_element(By.ID, "base-path").text == "/api/external"
        until(browser, "pipeline counted", lambda b: count(b, "resources", "pipeline") == "5")
        assert count(browser, "resources", "filesystem-item") == "34"
        until(browser, "45 jobs", lambda b: count(b, "state", "jobs") == "45")

        listed = httpx.get(f"{live.base_url}/pipelines", headers=headers, trust_env=False)
        assert listed.status_code == 200
        until(browser, "the request in the journal", lambda b: journal(b)[:1] == [("listPipelines", "200")])
        body = {"pipelineId": "pl_0001", "filesystemIds": ["fs_0001"]}
        submitted = httpx.post(f"{live.base_url}/analysis-jobs", json=body, headers=headers, trust_env=False)
        assert submitted.status_code == 200
        until(
            browser,
            "newest first",
            lambda b: journal(b)[:2] == [("submitAnalysisJob", "200"), ("listPipelines", "200")],
        )
        until(browser, "46 jobs", lambda b: count(b, "state", "jobs") == "46")

        Select(browser.find_element(By.ID, "fault-operation")).select_by_value("listPipelines")
        Select(browser.find_element(By.ID, "fault-kind")).select_by_value("503")
        browser.find_element(By.ID, "add-fault").click()
        until(browser, "the fault listed", lambda b: len(faults(b)) == 1)
        assert "503 on listPipelines, 1 more" in faults(browser)[0]
        assert httpx.get(f"{live.base_url}/pipelines", headers=headers, trust_env=False).status_code == 503
        until(browser, "the fault in the journal", lambda b: journal(b)[:1] == [("listPipelines", "503")])
        until(browser, "the fault used up", lambda b: faults(b) == [])

        browser.find_element(By.ID, "reset").click()
        until(browser, "45 jobs again", lambda b: count(b, "state", "jobs") == "45")
        until(browser, "an empty journal", lambda b: journal(b) == [])
        assert len(live.server.state.jobs) == 45
        gone = httpx.get(f"{live.base_url}/analysis-jobs/{submitted.json()['id']}", headers=headers, trust_env=False)
        assert gone.status_code == 404
        until(browser, "the journal goes on after a reset", lambda b: journal(b) == [("getAnalysisJob", "404")])
    finally:
        browser.save_screenshot(str(tmp_path / "dashboard.png"))
