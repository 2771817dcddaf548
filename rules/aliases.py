"""Short forms people type for the words of MPN offer names, as data: "k8s" for Kubernetes, "dyn365" for
Cloud Business Applications, "dev" for Development, the Dutch words for the English ones.

Each entry maps one typed word (folded: lower case, no accents) to the words of offer names it stands for.
The DM reader counts it towards every offer of the workspace that has one of those words, so an entry
names nothing in a workspace without such an offer, and an entry that fits two offers makes the reader
ask which one. Competency names and their own aliases (``rules.competencies``) are not repeated here.

Kept as data because the list is argued about word by word (is "crm" Cloud Business Applications? In
2021 Dynamics 365 CRM partners held that competency, so yes), and pure: no I/O.
"""

from __future__ import annotations

from typing import Final

WORD_FORMS: Final[dict[str, tuple[str, ...]]] = {
    # Kubernetes on Azure (advanced specialization)
    "k8s": ("kubernetes",),
    "k8": ("kubernetes",),
    "aks": ("kubernetes",),
    "container": ("kubernetes",),
    "containers": ("kubernetes",),
    "kubernetis": ("kubernetes",),
    # Cloud Business Applications: Dynamics 365 and CRM partners held it in 2021
    "dynamics": ("business", "applications"),
    "dyn365": ("business", "applications"),
    "d365": ("business", "applications"),
    "dyn": ("business", "applications"),
    "crm": ("business", "applications"),
    "bizapps": ("business", "applications"),
    "biz": ("business",),
    "bizapp": ("business", "applications"),
    # Application words, English short forms and Dutch
    "app": ("application", "applications"),
    "apps": ("application", "applications"),
    "applicatie": ("application", "applications"),
    "applicaties": ("application", "applications"),
    "toepassing": ("application", "applications"),
    "toepassingen": ("application", "applications"),
    "dev": ("development",),
    "devs": ("development",),
    "develop": ("development",),
    "developer": ("development",),
    "developers": ("development",),
    "ontwikkeling": ("development",),
    "ontwikkelen": ("development",),
    "appdev": ("application", "development"),
    # Security, Data Analytics, migration
    "sec": ("security",),
    "secu": ("security",),
    "beveiliging": ("security",),
    "cybersecurity": ("security",),
    "cyber": ("security",),
    "infosec": ("security",),
    "analyse": ("analytics",),
    "analyses": ("analytics",),
    "analysis": ("analytics",),
    "analytic": ("analytics",),
    "powerbi": ("data", "analytics"),
    "bi": ("analytics",),
    "gegevens": ("data",),
    "migratie": ("migration",),
    "migraties": ("migration",),
    "migrations": ("migration",),
    "migrate": ("migration",),
    "migrating": ("migration",),
    "sqlserver": ("sql", "server"),
    "windowsserver": ("windows", "server"),
    "platforms": ("platform",),
    "platvorm": ("platform",),
}

#: Level words: "the gold one" names the workspace's one Gold offer (English and Dutch).
LEVEL_WORDS: Final[dict[str, str]] = {
    "gold": "gold",
    "goud": "gold",
    "gouden": "gold",
    "silver": "silver",
    "zilver": "silver",
    "zilveren": "silver",
}
