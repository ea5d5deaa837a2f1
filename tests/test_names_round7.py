"""Round 7 of generalisation: a lexicon given name with the article as a family name, given names
written with the article (Sudan), the -īn plural of a word the lexicon knows only as a nisba, and
public facts from Omdurman, Sinjar and the Bekaa."""

from __future__ import annotations

from marsad.names import romanize_din
from marsad.names.recognize import recognize
from marsad.record import Document


def _ents(text: str) -> dict[str, tuple[str, str, object]]:
    doc = Document(id="t", text=text)
    recognize(doc)
    return {e.text: (e.type, e.canonical, e.din) for e in doc.entities}


def test_given_name_with_the_article_closes_a_name_as_family_name() -> None:
    got = _ents("وقالت عضوة المجلس المحلي، سلمى الخلف، للصحفيين إن الطريق مغلق.")
    assert "سلمى الخلف" in got
    assert got["سلمى الخلف"][2] == "Salmā al-Ḫalaf"


def test_common_word_with_the_article_is_not_a_family_name() -> None:
    got = _ents("وقال سمير الشرطة إن")  # الشرطة (the police) is a common word, not a family name
    assert "سمير الشرطة" not in got


def test_sudanese_given_name_written_with_the_article() -> None:
    got = _ents("وأفاد مدير المستشفى د. الفاتح محمود بأن المصابين نقلوا إلى غرفة العمليات.")
    assert "الفاتح محمود" in got
    assert got["الفاتح محمود"][0] == "person"
    assert got["الفاتح محمود"][2] == "al-Fātiḥ Maḥmūd"


def test_plural_in_in_of_a_nisba_word_has_one_long_vowel() -> None:
    assert romanize_din("صابرين")[0] == "Ṣābirīn"  # not Ṣābirīīn
    assert romanize_din("مصريين")[0] == "Miṣriyyīn"  # the nisba plural keeps -iyyīn


def test_doubled_letter_of_a_given_name_from_the_lexicon() -> None:
    assert romanize_din("نواف")[0] == "Nawwāf"


def test_places_and_bodies_of_omdurman_sinjar_and_the_bekaa() -> None:
    got = _ents("وأعلنت وزارة الصحة بولاية الخرطوم أن القذائف سقطت على سوق صابرين بمحلية كرري.")
    assert got["وزارة الصحة بولاية الخرطوم"][1] == "Khartoum State Ministry of Health"
    assert got["سوق صابرين"][2] == "Sūq Ṣābirīn"
    assert got["كرري"][1] == "Karari"
    got = _ents("A drone hit a car near Sinune, and a reporter in the Bekaa said Baalbek-Hermel was calm.")
    assert got["Sinune"][2] == "Sinūnī"
    assert got["Bekaa"][2] == "al-Biqā‘"
    assert got["Baalbek-Hermel"][0] == "place"
    got = _ents("قُتل عنصران من وحدات مقاومة سنجار قرب ناحية سنوني.")
    assert got["وحدات مقاومة سنجار"][1] == "Sinjar Resistance Units"


def test_body_of_a_state_named_with_bi_wilaya() -> None:
    got = _ents("قالت وزارة الصحة بولاية كسلا إن ثلاثة أشخاص لقوا حتفهم.")
    assert got["وزارة الصحة بولاية كسلا"][1] == "Kassala State Ministry of Health"
    assert got["وزارة الصحة بولاية كسلا"][2] == "Wizārat aṣ-Ṣiḥḥa bi-Wilāyat Kasalā"
    assert "وزارة الصحة" in got  # the ministry alone is named too
    got = _ents("قالت وزارة الصحة في ولاية كسلا إن")  # no ب: not this rule
    assert "وزارة الصحة بولاية كسلا" not in got


def test_clitic_bi_before_a_place_noun() -> None:
    assert romanize_din("بمحافظة كسلا")[0] == "bi-Muḥāfaẓat Kasalā"
    assert romanize_din("بلدة")[0] == "Balda"  # the word itself starts with ب


def test_office_then_given_name_and_an_unlisted_family_name() -> None:
    got = _ents("وقال مدير ناحية القحطانية محمد عبدو لوكالتنا إن الطريق أغلق.")
    assert got["محمد عبدو"][0] == "person"
    got = _ents("وقال رئيس البلدية أحمد حسون في تصريح صحفي إن")
    assert "أحمد حسون" in got


def test_given_name_without_an_office_needs_a_known_family_name() -> None:
    got = _ents("التقى محمد صباحا في السوق")  # no office before it: صباحا is no family name
    assert not any("صباحا" in k for k in got)
