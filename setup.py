"""Package discovery for setuptools; all other metadata lives in pyproject.toml.

Every package under ``kapjournal/`` is found automatically (a hand-written list once
left ``kapjournal.exporters`` out of the wheel). The top-level ``resources/`` folder
is shipped inside the package as ``kapjournal/resources/``, where
``kapjournal.content.resdir`` looks first. ``tests/test_packaging.py`` builds the wheel and
checks its file list against the tree.
"""

from setuptools import find_packages, setup

PACKAGES = find_packages(include=["kapjournal", "kapjournal.*"])

setup(
    packages=[*PACKAGES, "kapjournal.resources"],
    package_dir={"kapjournal.resources": "resources"},
    package_data={
        "kapjournal.storage": ["migrations/*.sql"],
        "kapjournal.resources": ["**/*"],
    },
    include_package_data=False,
)
