"""The 2021 MPN competencies as data: the one list the bot knows, with the other names people use for them.

Source: shared/seed/CONTEXT.md ("Names": the 18 competencies of 2021, each silver or gold), plus Learning,
the competency for training partners that Partner Center still listed in 2021. Names are as Partner
Center showed them. Which competency an offer is decides COVID-19 extension eligibility (Cloud Business
Applications is excluded), so the three kinds of extra name are kept apart on purpose:

- ``aliases`` are *the same competency* under another spelling or a well-known abbreviation. A match on
  one is certain. Only add a name here if no partner could mean anything else by it.
- ``hints`` are names that *may* mean the competency but are not its name: a former name, or a product it
  covers that another competency covers too ("Dynamics 365" was sold under both Cloud Business
  Applications and Enterprise Resource Planning). A match on one is only ever CLOSE, so the bot asks.

Level words ("Gold", "Silver"), "competency", case, spacing, plurals, accents and joined words are the
matcher's job (``rules.names``), not listed here.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Competency:
    """One MPN competency. Compared by value; hashable, so it can key caches and sets."""

    name: str
    aliases: tuple[str, ...] = ()
    hints: tuple[str, ...] = ()


CLOUD_BUSINESS_APPLICATIONS = Competency(
    "Cloud Business Applications",
    # "Apps" and the initials are how partners and Microsoft's own partner blogs shorten it.
    aliases=("Cloud Business Apps", "CBA"),
    # Its former name (the Dynamics CRM online competency, "Cloud Customer Relationship Management" until
    # 2017) and the Dynamics customer-engagement products it covered. Not certain: an old name in a
    # 2021 list is a typing habit or a mistake, and Dynamics 365 is also ERP.
    hints=(
        "Cloud Customer Relationship Management",
        "Cloud CRM",
        "CRM",
        "Dynamics",
        "Dynamics 365",
        "D365",
        "Customer Engagement",
    ),
)

COMPETENCIES_2021: tuple[Competency, ...] = (
    Competency("Application Development", aliases=("App Development", "App Dev", "AppDev")),
    # CONTEXT.md writes "App Integration"; Partner Center: "Application Integration".
    Competency("Application Integration", aliases=("App Integration",)),
    CLOUD_BUSINESS_APPLICATIONS,
    Competency("Cloud Platform"),
    Competency("Cloud Productivity"),
    Competency("Collaboration and Content"),
    Competency("Communications"),
    Competency("Data Analytics"),
    Competency("Data Platform"),
    Competency("Datacenter", aliases=("Data Center", "Data Centre")),
    Competency("DevOps"),
    Competency("Enterprise Mobility Management", aliases=("EMM",)),
    Competency(
        "Enterprise Resource Planning",
        aliases=("ERP",),
        # The Dynamics finance-and-operations products ERP covered; Dynamics 365 is also CBA.
        hints=("Dynamics", "Dynamics 365", "D365", "Business Central", "Finance and Operations"),
    ),
    Competency("Learning"),
    Competency("Messaging"),
    # CONTEXT.md writes "Project and Portfolio"; Partner Center: "Project and Portfolio Management".
    Competency("Project and Portfolio Management", aliases=("Project and Portfolio", "PPM")),
    Competency("Security"),
    Competency("Small and Midmarket Cloud Solutions"),
    Competency("Windows and Devices"),
)
