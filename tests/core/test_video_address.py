"""Video addresses of exercises: https only, checked with a clear message, carried by clinic exercises and
library files, and set for any exercise by id in the clinic settings."""

from __future__ import annotations

import pytest
import tomli_w
from pydantic import ValidationError

from ptplanner.core.clinic import ClinicSettings
from ptplanner.core.exercise import Origin
from ptplanner.core.library import read_exercise_file
from ptplanner.core.library_writer import exercise_to_toml
from ptplanner.core.video import MAX_VIDEO_URL, checked_video_url, video_for


@pytest.mark.parametrize("address", [
    "https://videos.example.org/bridge",
    "https://youtu.be/dQw4w9WgXcQ",
    "https://www.example.org:8443/clinic/videos?id=7&lang=en#start",
    "HTTPS://Example.ORG/Bridge",
    "https://192.168.10.20/video.mp4",
])
def test_secure_web_addresses_are_kept_as_typed(address):
    assert checked_video_url(f"  {address}\n") == address


@pytest.mark.parametrize("blank", [None, "", "   "])
def test_no_address_is_none(blank):
    assert checked_video_url(blank) is None


@pytest.mark.parametrize(("address", "says"), [
    ("http://videos.example.org/bridge", "must start with https://"),
    ("videos.example.org/bridge", "must start with https://"),
    ("javascript:alert(1)", "must start with https://"),
    ("file:///home/me/video.mp4", "must start with https://"),
    ("https://", "must name a site"),
    ("https://intranet/video", "must name a site"),
    ("https://-bad-.org/x", "must name a site"),
    ("https://user:secret@example.org/v", "user name or password"),
    ("https://example.org:99999/v", "must be a web address"),
    ("https://example.org/my video", "cannot hold spaces"),
    ("https://example.org/\x00", "cannot hold spaces"),
    ("https://example.org/" + "a" * MAX_VIDEO_URL, f"at most {MAX_VIDEO_URL} characters"),
])
def test_a_bad_address_is_refused_saying_why(address, says):
    with pytest.raises(ValueError, match=says.replace("?", r"\?").replace("+", r"\+")):
        checked_video_url(address)


def test_an_exercise_carries_its_checked_address(make_exercise):
    assert make_exercise().video_url is None
    assert make_exercise(video_url=" https://v.example.org/b ").video_url == "https://v.example.org/b"
    with pytest.raises(ValidationError, match="must start with https://"):
        make_exercise(video_url="http://v.example.org/b")


def test_a_library_file_may_name_a_video_and_is_written_back_with_it(exercise_dict, tmp_path):
    path = tmp_path / "bridge.toml"
    path.write_text(tomli_w.dumps(exercise_dict(video_url="https://v.example.org/bridge")), encoding="utf-8")
    exercise, problems = read_exercise_file(path, Origin.CLINIC)
    assert problems == [] and exercise.video_url == "https://v.example.org/bridge"
    assert 'video_url = "https://v.example.org/bridge"' in exercise_to_toml(exercise)


def test_a_bad_address_in_a_library_file_names_the_file_and_field(exercise_dict, tmp_path):
    path = tmp_path / "bridge.toml"
    path.write_text(tomli_w.dumps(exercise_dict(video_url="http://v.example.org/b")), encoding="utf-8")
    exercise, problems = read_exercise_file(path)
    assert exercise is None
    assert [(p.file, p.field) for p in problems] == [("bridge.toml", "video_url")]
    assert "https://" in problems[0].message


def test_the_clinic_maps_exercise_ids_to_addresses():
    settings = ClinicSettings(exercise_videos={"bridge": " https://v.example.org/bridge "})
    assert settings.exercise_videos == {"bridge": "https://v.example.org/bridge"}
    assert ClinicSettings.model_validate_json(settings.model_dump_json()) == settings
    for videos, says in (
        ({"bridge": "http://v.example.org/b"}, "for bridge: a video address must start with https://"),
        ({"Not An Id": "https://v.example.org/b"}, "is not an exercise id"),
        ({"bridge": ""}, "for bridge: give a video address"),
    ):
        with pytest.raises(ValidationError, match=says):
            ClinicSettings(exercise_videos=videos)


def test_an_exercise_s_own_address_comes_before_the_clinic_s():
    clinic = {"bridge": "https://clinic.example.org/bridge"}
    assert video_for("bridge", None, clinic) == "https://clinic.example.org/bridge"
    assert video_for("bridge", "https://own.example.org/b", clinic) == "https://own.example.org/b"
    assert video_for("clamshell", None, clinic) is None
