"""Synthetic corpus: seed, size → a folder of realistic police-operation articles.

Each article is a headline, an optional dateline, a lead paragraph and body paragraphs built
from sentence templates of the kinds the extractor handles (arrests, charges, seizures,
victims, fines, ages, breakdowns by country and sex, dates, operation names, agencies), mixed
with figure-free prose and web boilerplate, as real reports are. Figures, places, agencies,
platforms and currencies are drawn from the vocabularies, so the corpus moves with them.
Deterministic: the same seed and size give the same bytes.

    python -m benchmarks.corpus OUT_DIR --mb 10 --seed 1
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

from pipeline.vocab import load_vocabulary

HEADLINES = (
    "Police arrest {n} in {op_name} crackdown on online child abuse",
    "{n} held as {country} police smash child abuse network",
    "{agency} charges {n} over child exploitation material",
    "Global operation rescues {n} children, {m} suspects detained",
    "{country}: {n} detained in raids on abuse image sharing",
    "Court jails man for {y} years over abuse images",
    "{n} suspects identified after tip-off from {platform}",
)
FIGURE_SENTENCES = (
    "Police arrested {n} people in {country} as part of {op_name}.",
    "A total of {n} suspects were detained during the {month} raids, {agency} said.",
    "Officers seized {n} mobile phones, {m} laptops and {k} hard drives.",
    "More than {n} devices were confiscated, including {m} computers.",
    "{n_word} men and {m_word} women were charged with possessing child sexual abuse material.",
    "Investigators identified {n} victims, {m} of them under the age of {age}.",
    "The suspects, aged between {age} and {age2}, face up to {y} years in prison.",
    "In {country}, {n} people were arrested and {m} more were questioned.",
    "Authorities in {country} ({n}), {country2} ({m}) and {country3} ({k}) made arrests.",
    "About {n} accounts on {platform} were reported to investigators.",
    "{agency} said {n} search warrants were executed at homes across {country}.",
    "Nearly {n} websites hosting abuse material were blocked.",
    "A {age}-year-old man was fined {money} by a court in {city}.",
    "The operation ran from {d1} {month} to {d2} {month2} {year} and involved {n} officers.",
    "Of the {n} arrested, {m} were teenagers.",
    "So far {n} cases have been opened and {m} people convicted.",
    "{n} of those detained remain in custody, police said on {weekday}.",
    "The network had about {n_thousand} members, {percent}% of them in {country}.",
    "Police also rescued {n} children and seized {money} in cash.",
    "Some {n} people were charged under Section {section} of the {act}.",
)
PROSE = (
    "The investigation began after reports from members of the public.",
    "Officials said the operation was the largest of its kind in the region.",
    "Child protection groups welcomed the arrests but warned that much more needs to be done.",
    "Investigators worked with technology companies to trace the accounts.",
    "The suspects are expected to appear in court later this month.",
    "Police urged parents to talk to their children about staying safe online.",
    "Several of those arrested were already known to the authorities.",
    "A spokesperson declined to give further details, citing the ongoing investigation.",
    "The material was shared through encrypted messaging apps and file-sharing sites.",
    "Analysts say offenders increasingly use anonymising tools to evade detection.",
    "Prosecutors said they would seek the maximum penalties available under the law.",
    "The case has prompted calls for stronger regulation of online platforms.",
    "Victims are being supported by specialist social workers.",
    "Further arrests are possible as forensic examination of the devices continues.",
    "Lawmakers are debating new rules that would oblige providers to report abuse.",
)
BOILERPLATE = (
    "Advertisement",
    "Read more:",
    "Share this article",
    "Sign up for our newsletter",
    "Copyright reserved",
)
# operation names: an adjective, a noun and sometimes a qualifier, so that even a corpus of
# tens of thousands of stories rarely gives two operations one name
NAME_FIRST = (
    "Blue", "Silent", "Northern", "Paper", "Iron", "Glass", "Quiet", "Amber", "Falcon", "Copper",
    "Stone", "Silver", "Red", "Hidden", "Broken", "Golden", "Dark", "Swift", "Open", "Long",
    "Winter", "Summer", "Eastern", "Western", "Southern", "Crystal", "Hollow", "Bright", "Deep",
    "Steady",
)  # fmt: skip
NAME_SECOND = (
    "Harbour", "Lantern", "Shield", "Kite", "Orchard", "Meadow", "River", "Gate", "Reach",
    "Trail", "Bridge", "Anchor", "Compass", "Beacon", "Tide", "Ridge", "Forest", "Arrow",
    "Valley", "Signal", "Citadel", "Horizon", "Canopy", "Keystone", "Current", "Summit",
    "Guardian", "Sentinel", "Mirror", "Harvest",
)  # fmt: skip
NAME_THIRD = (
    "", "", "", "", "II", "III", "IV", "Alpha", "Bravo", "Delta", "Echo", "Sierra", "Tango",
    "North", "South", "East", "West", "2", "3", "Prime",
)  # fmt: skip
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
ACTS = ("Criminal Code", "Penal Code", "Children Act", "Online Safety Act")


class ArticleWriter:
    """Articles drawn from one random generator over the vocabularies."""

    def __init__(self, seed: int):
        self.rng = random.Random(seed)
        vocab = load_vocabulary()
        places = vocab.jurisdictions
        self.countries = sorted(set(places[places.kind == "name"].alias))
        self.cities = sorted(set(places[places.kind == "city"].alias))
        agencies = vocab.agencies
        self.agencies = sorted(set(agencies[agencies.alias.str.len() > 6].alias))
        self.platforms = sorted(
            {p.split("|")[0] for p in vocab.platforms.pattern if p.replace(" ", "").isalnum()}
        )
        currencies = vocab.currencies
        self.currency_prefixes = sorted(set(currencies[currencies.position == "prefix"].alias))
        self.story = {"reports": 0}
        self.stories = 0  # how many stories were begun: the current article's story number

    def figure(self, low: int = 2, high: int = 900) -> str:
        value = int(self.rng.lognormvariate(3.5, 1.3))
        value = min(max(value, low), 250_000)
        return f"{value:,}" if value >= 10_000 or self.rng.random() < 0.5 else str(value)

    def slots(self) -> dict[str, str]:
        r = self.rng
        return {
            "n": r.choice(self.story["figures"]) if r.random() < 0.3 else self.figure(),
            "m": self.figure(),
            "k": self.figure(),
            "n_word": r.choice(NUMBER_WORDS).capitalize(),
            "m_word": r.choice(NUMBER_WORDS),
            "n_thousand": f"{r.randint(2, 90) * 1000:,}",
            "age": str(r.randint(8, 17)),
            "age2": str(r.randint(25, 70)),
            "y": str(r.randint(2, 20)),
            "percent": str(r.randint(5, 60)),
            "country": self.story["country"] if r.random() < 0.6 else r.choice(self.countries),
            "country2": r.choice(self.countries),
            "country3": r.choice(self.countries),
            "city": r.choice(self.cities),
            "agency": r.choice(self.agencies),
            "platform": r.choice(self.platforms) if self.platforms else "a website",
            "op_name": self.story["op_name"],
            "month": r.choice(MONTHS),
            "month2": r.choice(MONTHS),
            "d1": str(r.randint(1, 28)),
            "d2": str(r.randint(1, 28)),
            "year": str(r.randint(2015, 2026)),
            "weekday": r.choice(WEEKDAYS),
            "money": r.choice(self.currency_prefixes) + self.figure(100, 90_000),
            "section": f"{r.randint(10, 400)}{r.choice(['', 'A', 'B'])}",
            "act": r.choice(ACTS),
        }

    def sentence(self, templates) -> str:
        return self.rng.choice(templates).format(**self.slots())

    def new_story(self) -> None:
        """An operation several outlets report: its name, country and some figures, which
        each report repeats in part (as syndicated and rewritten news does)."""
        r = self.rng
        self.stories += 1
        self.story = {
            "op_name": " ".join(
                filter(
                    None,
                    (
                        "Operation",
                        r.choice(NAME_FIRST),
                        r.choice(NAME_SECOND),
                        r.choice(NAME_THIRD),
                    ),
                )
            ),  # fmt: skip
            "country": r.choice(self.countries),
            "figures": [self.figure() for _ in range(3)],
            "reports": r.randint(1, 4),
        }

    def article(self) -> str:
        r = self.rng
        if self.story["reports"] <= 0:
            self.new_story()
        self.story["reports"] -= 1
        slots = self.slots()
        lines = [r.choice(HEADLINES).format(**slots), ""]
        lead = self.sentence(FIGURE_SENTENCES)
        if r.random() < 0.5:
            lead = f"{slots['city'].upper()}, {slots['month']} {slots['d1']} – {lead}"
        lines += [lead, ""]
        for _ in range(r.randint(6, 14)):
            sentences = [
                self.sentence(FIGURE_SENTENCES if r.random() < 0.4 else PROSE)
                for _ in range(r.randint(2, 4))
            ]
            lines += [" ".join(sentences), ""]
            if r.random() < 0.15:
                lines += [r.choice(BOILERPLATE), ""]
        return "\n".join(lines)


def write_corpus(
    out_dir: Path, megabytes: float, seed: int = 1, stories: Path | None = None
) -> tuple[int, int]:
    """Write articles into `out_dir` until they hold `megabytes` MB; (files, bytes) written.
    With `stories`, also write there (outside the corpus) which story each article reports
    (`doc_id,story`): the truth a linking benchmark scores against."""
    out_dir.mkdir(parents=True, exist_ok=True)
    writer = ArticleWriter(seed)
    target = int(megabytes * 1_000_000)
    written = files = 0
    truth = ["doc_id,story"]
    while written < target:
        data = writer.article().encode("utf-8")
        (out_dir / f"article-{files:07d}.txt").write_bytes(data)
        truth.append(f"article-{files:07d},{writer.stories}")
        written += len(data)
        files += 1
    if stories is not None:
        stories.write_text("\n".join(truth) + "\n", encoding="utf-8")
    return files, written


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    files, written = write_corpus(args.out_dir, args.mb, args.seed)
    print(f"{files} articles, {written / 1e6:.1f} MB in {args.out_dir}")


if __name__ == "__main__":
    main()
