#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 Patient Reader contributors

"""Writes a SYNTHETIC FAQ pack of N entries for the search benchmark.

The text reads like a patient-education FAQ (questions about conditions and treatments,
answers of several sentences with lay and clinical words, some Markdown), but it is made up
from templates and invented drug names: it is test data, not health information, and the
manifest says so.

    generate_pack.py 1000 /tmp/pack-1k
    generate_pack.py 10000 /tmp/pack-10k --seed 7
"""

import argparse
import json
import pathlib
import random
import shutil

CONDITIONS = [
    "asthma", "migraine", "type 2 diabetes", "high blood pressure", "arthritis", "eczema",
    "insomnia", "depression", "anxiety", "lower back pain", "heart failure", "kidney stones",
    "psoriasis", "sleep apnea", "osteoporosis", "COPD", "gout", "celiac disease", "anemia",
    "hypothyroidism", "acid reflux", "irritable bowel syndrome", "fibromyalgia", "glaucoma",
    "cataracts", "tinnitus", "sinusitis", "bronchitis", "pneumonia", "shingles", "acne",
    "rosacea", "obesity", "high cholesterol", "atrial fibrillation", "angina", "stroke",
    "epilepsy", "Parkinson's disease", "multiple sclerosis", "dementia", "ADHD", "PTSD",
    "bipolar disorder", "chronic fatigue", "Lyme disease", "hepatitis C", "HIV", "lupus",
    "Crohn's disease", "ulcerative colitis", "endometriosis", "menopause", "prostate enlargement",
    "urinary incontinence", "carpal tunnel syndrome", "plantar fasciitis", "tendinitis",
    "sciatica", "vertigo", "allergic rhinitis", "food allergies", "hives", "varicose veins",
]
TREATMENTS = [
    "physical therapy", "inhaler therapy", "insulin therapy", "cognitive behavioral therapy",
    "acupuncture", "infusion therapy", "laser treatment", "dialysis", "radiation therapy",
    "knee replacement", "cataract surgery", "allergy shots", "light therapy", "a nerve block",
    "hearing aids", "a CPAP machine", "steroid injections", "biologic therapy", "massage therapy",
    "occupational therapy", "speech therapy", "a sleep study", "a colonoscopy", "an MRI scan",
    "a stress test", "pulmonary rehabilitation", "cardiac rehabilitation", "hormone therapy",
    "a low-FODMAP diet", "compression stockings", "a walking program", "mindfulness training",
    "transcranial magnetic stimulation", "electroconvulsive therapy", "group therapy",
    "a gluten-free diet", "iron supplements", "vitamin D supplements", "a pain clinic referral",
    "orthotic insoles", "a wrist splint", "vestibular rehabilitation", "nasal irrigation",
]
SYLLABLES_A = ["zor", "mel", "tri", "vax", "lum", "dex", "pra", "qui", "sel", "nor", "cal",
               "fen", "ox", "ami", "bel", "cor", "dar", "ela", "gab", "hal", "ket", "lor"]
SYLLABLES_B = ["va", "ta", "lo", "mi", "ce", "ro", "pi", "xa", "nu", "de", "sa", "fo", "ti"]
SUFFIXES = ["tide", "mab", "zole", "pril", "statin", "olol", "sartan", "pine", "cort", "vir",
            "dronate", "tinib", "gliptin", "lukast", "triptan", "oxetine", "azepam", "profen"]
BODY = ["heart", "lungs", "liver", "kidneys", "skin", "joints", "muscles", "bones", "stomach",
        "bowel", "bladder", "eyes", "ears", "nerves", "blood vessels", "brain", "spine",
        "thyroid", "pancreas", "immune system"]
SYMPTOMS = ["fatigue", "headache", "nausea", "dizziness", "swelling", "itching", "rash",
            "shortness of breath", "chest tightness", "joint stiffness", "muscle cramps",
            "blurred vision", "dry mouth", "constipation", "diarrhea", "trouble sleeping",
            "weight gain", "loss of appetite", "tingling", "hot flashes", "palpitations",
            "mood swings", "brain fog", "night sweats", "heartburn", "bruising"]
CLINICIANS = ["doctor", "nurse", "pharmacist", "specialist", "physiotherapist", "dietitian",
              "psychologist", "care team", "family physician", "nurse practitioner"]
PLACES = ["clinic", "hospital", "pharmacy", "community health centre", "outpatient unit",
          "rehabilitation centre", "telehealth service", "sleep laboratory", "infusion suite"]
PAYERS = ["insurance", "Medicare", "Medicaid", "a health plan", "the national health service",
          "workplace coverage", "a flexible spending account", "a payment plan"]
DURATIONS = ["a few days", "two to three weeks", "several months", "about an hour",
             "a few hours", "six to eight weeks", "up to a year", "one or two sessions"]
ACTIVITIES = ["walking", "swimming", "cycling", "yoga", "gardening", "stretching", "dancing",
              "strength training", "tai chi", "light housework"]
FOODS = ["leafy greens", "whole grains", "oily fish", "beans", "nuts", "berries", "olive oil",
         "low-fat dairy", "lean poultry", "fermented foods"]

QUESTIONS = [
    "What is {t}?", "How does {t} work for {c}?", "What are the side effects of {t}?",
    "How much does {t} cost?", "Does {payer} cover {t}?", "How long does {t} last?",
    "What should I expect after {t}?", "Is {t} safe for people with {c}?",
    "Can {t} help with {c}?", "How do I prepare for {t}?", "How often will I need {t}?",
    "What happens if {t} does not work for my {c}?", "Can children receive {t}?",
    "Where can I find more information about {c}?", "What are the early signs of {c}?",
    "How is {c} diagnosed?", "Can diet affect {c}?", "Is {c} hereditary?",
    "Can I take {drug} with {drug2}?", "What is {drug} used for?",
    "What are the risks of {drug} for my {body}?", "Does {c} affect my {body}?",
    "Is {activity} good for {c}?", "Which foods help with {c}?",
    "When should I call my {clinician} about {symptom}?", "Why do I get {symptom} with {c}?",
]
SENTENCES = [
    "{T} is a common option for people living with {c}, and your {clinician} can explain whether it suits you.",
    "Most people notice {symptom} at first, which usually settles within {duration}.",
    "The cost of {t} depends on the {place}, the number of sessions and what {payer} agrees to pay.",
    "Many plans cover part of the fee, but you may still have a copay or a deductible.",
    "{Drug} works by changing how the {body} respond to signals from the {body2}.",
    "Tell your {clinician} about every medicine you take, including {drug} and any herbal remedies.",
    "Serious reactions are rare, but call for help at once if you have {symptom} together with {symptom2}.",
    "The benefits of {t} often build up slowly, so it can take {duration} before you feel a difference.",
    "Regular {activity} and meals with {food} can ease {symptom} for some people with {c}.",
    "Your {clinician} may suggest blood tests to check your {body} before and during treatment.",
    "If {t} does not help, other options include {t2} or a referral to a specialist {place}.",
    "Children and older adults sometimes need a lower dose, which is adjusted step by step.",
    "Keep a short diary of {symptom}, sleep and mood, and bring it to your next appointment.",
    "The effects of a single session usually last {duration}; some people need booster sessions later on.",
    "You can read more in the patient leaflet from the {place}, or ask your {clinician} for reliable websites.",
    "Avoid alcohol on the day of {t}, and arrange for someone to drive you home afterwards.",
    "Women who are pregnant or breastfeeding should discuss {drug} with their {clinician} first.",
    "{C} can run in families, but lifestyle factors such as {activity} and diet matter too.",
    "Early signs of {c} include {symptom}, {symptom2} and changes in how your {body} feel.",
    "Doctors diagnose {c} with a physical examination, a history of your symptoms and sometimes imaging.",
    "Some people worry that {t} is dangerous; the most frequent problems are mild {symptom} and tiredness.",
    "Support groups and community programmes help many patients cope with {c} day to day.",
    "Insurance rules change from year to year, so check with {payer} before you book {t}.",
    "Stop {drug} only after talking to your {clinician}, because stopping suddenly can cause {symptom}.",
]


def drug_name(rng):
    return rng.choice(SYLLABLES_A) + rng.choice(SYLLABLES_B) + rng.choice(SUFFIXES)


def slots(rng, drugs):
    return {
        "t": rng.choice(TREATMENTS), "t2": rng.choice(TREATMENTS), "c": rng.choice(CONDITIONS),
        "drug": rng.choice(drugs), "drug2": rng.choice(drugs), "body": rng.choice(BODY),
        "body2": rng.choice(BODY), "symptom": rng.choice(SYMPTOMS),
        "symptom2": rng.choice(SYMPTOMS), "clinician": rng.choice(CLINICIANS),
        "place": rng.choice(PLACES), "payer": rng.choice(PAYERS),
        "duration": rng.choice(DURATIONS), "activity": rng.choice(ACTIVITIES),
        "food": rng.choice(FOODS),
    }


def fill(template, values):
    capitalised = {k[0].upper() + k[1:]: v[0].upper() + v[1:] for k, v in values.items()}
    return template.format(**values, **capitalised)


def answer_markdown(rng, values, drugs, entry_ids):
    sentences = [fill(s, dict(values, **slots(rng, drugs) if rng.random() < 0.4 else values))
                 for s in rng.sample(SENTENCES, rng.randint(4, 8))]
    paragraphs = []
    while sentences:
        take = rng.randint(2, 4)
        paragraphs.append(" ".join(sentences[:take]))
        sentences = sentences[take:]
    if rng.random() < 0.3:
        items = rng.sample(SYMPTOMS, 3)
        paragraphs.append("Watch for:\n\n" + "\n".join(f"- {s}" for s in items))
    if rng.random() < 0.2:
        paragraphs[0] = paragraphs[0].replace(values["c"], f"**{values['c']}**", 1)
    if entry_ids and rng.random() < 0.2:
        target = rng.choice(entry_ids)
        paragraphs.append(f"See also [a related question](entry:{target}).")
    return "\n\n".join(paragraphs) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int, help="number of entries")
    parser.add_argument("directory", type=pathlib.Path, help="pack folder to (re)create")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    rng = random.Random(args.seed)
    drugs = sorted({drug_name(rng) for _ in range(600)})
    out = args.directory
    if out.exists():
        shutil.rmtree(out)
    (out / "answers").mkdir(parents=True)

    manifest = {
        "format": 1,
        "id": f"synthetic-{args.count}",
        "title": f"SYNTHETIC TEST DATA ({args.count} generated entries, not health information)",
        "subtitle": "Generated by tests/benchmarks/generate_pack.py for the search benchmark",
        "language": "en",
        "direction": "ltr",
        "version": "0.0.1",
        "publisher": "Synthetic test data generator",
        "sourceUrl": "",
        "lastReviewed": None,
        "citationStyle": "apa",
        "disclaimer": "Made-up text for performance tests. Not medical information.",
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")

    entries = []
    ids = []
    for i in range(args.count):
        entry_id = f"q{i + 1:05d}"
        values = slots(rng, drugs)
        question = fill(rng.choice(QUESTIONS), values)
        (out / "answers" / f"{entry_id}.md").write_text(
            answer_markdown(rng, values, drugs, ids), encoding="utf-8")
        entries.append({"id": entry_id, "question": question,
                        "answer": f"answers/{entry_id}.md", "see": []})
        ids.append(entry_id)
    (out / "entries.json").write_text(json.dumps({"entries": entries}, indent=1) + "\n",
                                      encoding="utf-8")

    synonyms = (pathlib.Path(__file__).resolve().parents[2] / "resources" / "packs" /
                "ketamine-faq-en" / "synonyms.json")
    if synonyms.exists():
        shutil.copyfile(synonyms, out / "synonyms.json")
    print(f"wrote {args.count} synthetic entries to {out}")


if __name__ == "__main__":
    main()
