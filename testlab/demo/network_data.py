"""The demo network as data: 23 test centres, their hours and rooms, and local names.

Pure constants, no randomness: the generator draws from these with a seeded
``random.Random`` so that one seed always gives the same network.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from testlab.model.enums import RoomKind

# Weekday numbers as stored in ``opening_hours`` (0 = Monday).
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)

Hours = dict[int, tuple[time, time]]


def _week(days: range | tuple[int, ...], opens: str, closes: str) -> Hours:
    """The same opening hours on each of ``days``."""
    o, c = time.fromisoformat(opens), time.fromisoformat(closes)
    return {day: (o, c) for day in days}


# Opening-hour patterns.  Europe closes on Sunday; North and West African
# centres with many Muslim customers close early on Friday; Egypt and Jordan
# work Sunday to Thursday and close on Friday.
EUROPE_SAT: Hours = _week(range(MON, SAT), "09:00", "18:00") | _week((SAT,), "10:00", "16:00")
EUROPE_LATE: Hours = _week(range(MON, SAT), "10:00", "19:00") | _week((SAT,), "10:00", "17:00")
EUROPE_WEEK: Hours = _week(range(MON, SAT), "08:30", "17:30")
AFRICA_SAT: Hours = _week(range(MON, SAT), "08:30", "17:30") | _week((SAT,), "09:00", "13:00")
FRIDAY_SHORT: Hours = (
    _week(range(MON, FRI), "08:30", "17:30")
    | _week((FRI,), "08:30", "12:30")
    | _week((SAT,), "09:00", "13:00")
)
SUN_TO_THU: Hours = _week((SUN, MON, TUE, WED, THU), "09:00", "17:00") | _week((SAT,), "10:00", "15:00")


@dataclass(frozen=True)
class CentreData:
    """One centre of the demo network."""

    code: str
    name: str
    city: str
    country: str
    time_zone: str
    hours: Hours
    rooms: tuple[tuple[str, RoomKind], ...]
    region: str
    dial_code: str


LAB = ("Lab 1", RoomKind.USABILITY_LAB)
LAB2 = ("Lab 2", RoomKind.USABILITY_LAB)
LIVING = ("Living room", RoomKind.LIVING_ROOM_LAB)
REMOTE = ("Remote booth", RoomKind.REMOTE)

CENTRES: tuple[CentreData, ...] = (
    CentreData("PAR", "Paris Montparnasse", "Paris", "FR", "Europe/Paris", EUROPE_LATE,
               (LAB, LIVING, REMOTE), "fr", "+33"),
    CentreData("LYS", "Lyon Part-Dieu", "Lyon", "FR", "Europe/Paris", EUROPE_SAT,
               (LAB, LIVING), "fr", "+33"),
    CentreData("MAD", "Madrid Gran Vía", "Madrid", "ES", "Europe/Madrid", EUROPE_LATE,
               (LAB, LAB2, LIVING), "es", "+34"),
    CentreData("WAW", "Warszawa Śródmieście", "Warszawa", "PL", "Europe/Warsaw", EUROPE_SAT,
               (LAB, LIVING, REMOTE), "pl", "+48"),
    CentreData("LCJ", "Łódź Piotrkowska", "Łódź", "PL", "Europe/Warsaw", EUROPE_WEEK,
               (LAB,), "pl", "+48"),
    CentreData("BUH", "București Piața Victoriei", "București", "RO", "Europe/Bucharest",
               EUROPE_SAT, (LAB, LIVING), "ro", "+40"),
    CentreData("BTS", "Bratislava Nivy", "Bratislava", "SK", "Europe/Bratislava", EUROPE_WEEK,
               (LAB, REMOTE), "sk", "+421"),
    CentreData("BRU", "Bruxelles Gare du Midi", "Bruxelles", "BE", "Europe/Brussels",
               EUROPE_SAT, (LAB, LIVING, REMOTE), "be", "+32"),
    CentreData("LUX", "Luxembourg Kirchberg", "Luxembourg", "LU", "Europe/Luxembourg",
               EUROPE_WEEK, (LAB,), "be", "+352"),
    CentreData("DKR", "Dakar Plateau", "Dakar", "SN", "Africa/Dakar", FRIDAY_SHORT,
               (LAB, LIVING, REMOTE), "sn", "+221"),
    CentreData("ABJ", "Abidjan Plateau", "Abidjan", "CI", "Africa/Abidjan", AFRICA_SAT,
               (LAB, LIVING), "ci", "+225"),
    CentreData("DLA", "Douala Akwa", "Douala", "CM", "Africa/Douala", AFRICA_SAT,
               (LAB, LIVING), "cm", "+237"),
    CentreData("CMN", "Casablanca Maârif", "Casablanca", "MA", "Africa/Casablanca",
               FRIDAY_SHORT, (LAB, LIVING), "ma", "+212"),
    CentreData("TUN", "Tunis Les Berges du Lac", "Tunis", "TN", "Africa/Tunis", FRIDAY_SHORT,
               (LAB, REMOTE), "tn", "+216"),
    CentreData("CAI", "Cairo Smart Village — القاهرة", "Cairo", "EG", "Africa/Cairo",
               SUN_TO_THU, (LAB, LAB2, LIVING), "eg", "+20"),
    CentreData("AMM", "Amman Abdali — عمّان العبدلي", "Amman", "JO", "Asia/Amman", SUN_TO_THU,
               (LAB, LIVING), "jo", "+962"),
    CentreData("BKO", "Bamako ACI 2000", "Bamako", "ML", "Africa/Bamako", FRIDAY_SHORT,
               (LAB,), "ml", "+223"),
    CentreData("TNR", "Antananarivo Analakely", "Antananarivo", "MG", "Indian/Antananarivo",
               AFRICA_SAT, (LAB, REMOTE), "mg", "+261"),
    CentreData("FIH", "Kinshasa Gombe", "Kinshasa", "CD", "Africa/Kinshasa", AFRICA_SAT,
               (LAB, LIVING), "cd", "+243"),
    CentreData("OUA", "Ouagadougou Ouaga 2000", "Ouagadougou", "BF", "Africa/Ouagadougou",
               FRIDAY_SHORT, (LAB,), "bf", "+226"),
    CentreData("CKY", "Conakry Kaloum", "Conakry", "GN", "Africa/Conakry", FRIDAY_SHORT,
               (LAB,), "gn", "+224"),
    CentreData("FNA", "Freetown Wilberforce", "Freetown", "SL", "Africa/Freetown", AFRICA_SAT,
               (LAB,), "sl", "+232"),
    CentreData("MLW", "Monrovia Sinkor", "Monrovia", "LR", "Africa/Monrovia", AFRICA_SAT,
               (LAB, REMOTE), "lr", "+231"),
)


@dataclass(frozen=True)
class NamePool:
    """Given names and family names of a region.

    A family name written ``"Kováč/Kováčová"`` has a masculine and a feminine
    form.  A name written ``"ليلى=layla"`` carries its Latin transliteration,
    used to build e-mail addresses.
    """

    male: tuple[str, ...]
    female: tuple[str, ...]
    family: tuple[str, ...]


_WEST_AFRICA_M = ("Mamadou", "Ousmane", "Cheikh", "Moussa", "Abdoulaye", "Ibrahima",
                  "Souleymane", "Adama", "Seydou", "Boubacar")
_WEST_AFRICA_F = ("Aïssatou", "Fatou", "Mariama", "Awa", "Aminata", "Khadija",
                  "Ramatoulaye", "Néné", "Djénéba", "Kadiatou")
_CENTRAL_M = ("Jean-Paul", "Emmanuel", "Patrice", "Serge", "Christian", "Blaise", "Hervé",
              "Junior")
_CENTRAL_F = ("Chantal", "Grâce", "Solange", "Nadège", "Béatrice", "Josiane", "Prisca",
              "Ornella")
_MAGHREB_M = ("Youssef", "Mehdi", "Karim", "Anis", "Hamza", "Amine", "Omar", "Walid")
_MAGHREB_F = ("Salma", "Imane", "Nour", "Yasmine", "Amira", "Rim", "Meriem", "Sana")
_ANGLO_M = ("Mohamed", "Abu", "Emmanuel", "Joseph", "Samuel", "Alhaji", "Prince", "Momodu")
_ANGLO_F = ("Fatmata", "Mariatu", "Isatu", "Esther", "Comfort", "Hawa", "Musu", "Kadiatu")

NAMES: dict[str, NamePool] = {
    "fr": NamePool(
        ("Théo", "Étienne", "Benoît", "Jérôme", "François", "Loïc", "Hugo", "Mathéo"),
        ("Léa", "Hélène", "Zoë", "Mathilde", "Cécile", "Inès", "Noémie", "Gaëlle"),
        ("Lefèvre", "Moreau", "Dubois", "Girard", "Rousseau", "Fontaine", "Leclerc",
         "Mercier", "Faure", "Chevalier", "Bonnet", "Gauthier"),
    ),
    "es": NamePool(
        ("Álvaro", "Sergio", "Íñigo", "Raúl", "Jesús", "Martín", "Óscar", "Andrés"),
        ("Lucía", "María José", "Nuria", "Begoña", "Ainhoa", "Sofía", "Inés", "Rocío"),
        ("García", "Fernández", "Martín", "Sánchez", "Muñoz", "Jiménez", "Ibáñez", "Núñez",
         "Rodríguez", "Peña"),
    ),
    "pl": NamePool(
        ("Łukasz", "Paweł", "Wojciech", "Michał", "Grzegorz", "Krzysztof", "Jędrzej"),
        ("Agnieszka", "Małgorzata", "Zofia", "Katarzyna", "Bożena", "Urszula", "Jadwiga"),
        ("Nowak", "Wójcik", "Kowalczyk", "Woźniak", "Mazur", "Krawczyk", "Zając", "Król",
         "Wiśniewski/Wiśniewska", "Dąbrowski/Dąbrowska", "Lewandowski/Lewandowska"),
    ),
    "ro": NamePool(
        ("Ștefan", "Mihai", "Răzvan", "Cătălin", "Bogdan", "Andrei", "Tudor"),
        ("Ioana", "Andreea", "Elena", "Alexandra", "Irina", "Mădălina", "Oana"),
        ("Popescu", "Ionescu", "Constantinescu", "Dumitrescu", "Stănescu", "Georgescu",
         "Munteanu", "Țurcanu", "Răducanu", "Vasilescu"),
    ),
    "sk": NamePool(
        ("Ľubomír", "Peter", "Ján", "Tomáš", "Marek", "Matúš", "Dušan"),
        ("Zuzana", "Mária", "Katarína", "Lucia", "Veronika", "Ľudmila", "Jana"),
        ("Kováč/Kováčová", "Horváth/Horváthová", "Varga/Vargová", "Tóth/Tóthová",
         "Nagy/Nagyová", "Baláž/Balážová", "Šimko/Šimková", "Lukáč/Lukáčová"),
    ),
    "be": NamePool(
        ("Maarten", "Luc", "Pieter", "Jean-Marc", "Yannick", "Gilles", "Jos", "Léon"),
        ("Els", "Sofie", "Anaïs", "Marie", "Laure", "Annick", "Lieve", "Chloé"),
        ("Peeters", "Janssens", "Dupont", "Lambert", "Maes", "Willems", "Claes", "Goossens",
         "Wagner", "Schmit", "Weber", "Hoffmann"),
    ),
    "sn": NamePool(_WEST_AFRICA_M, _WEST_AFRICA_F,
                   ("Ndiaye", "Diop", "Fall", "Sow", "Sène", "Guèye", "Faye", "Mbaye", "Ba")),
    "ci": NamePool(("Kouadio", "Yao", "Koffi", "Serge", "Didier", "Ange", "Arsène"),
                   ("Adjoa", "Akissi", "Affoué", "Ruth", "Aya", "Mireille", "Estelle"),
                   ("Kouassi", "Konan", "Koffi", "Kouamé", "N'Guessan", "Bamba", "Touré",
                    "Yapi")),
    "ml": NamePool(_WEST_AFRICA_M, _WEST_AFRICA_F,
                   ("Traoré", "Keïta", "Coulibaly", "Diarra", "Sangaré", "Maïga", "Cissé",
                    "Dembélé")),
    "bf": NamePool(_WEST_AFRICA_M, _WEST_AFRICA_F,
                   ("Ouédraogo", "Sawadogo", "Kaboré", "Zongo", "Compaoré", "Ilboudo",
                    "Zoungrana")),
    "gn": NamePool(_WEST_AFRICA_M, _WEST_AFRICA_F,
                   ("Diallo", "Bah", "Barry", "Camara", "Condé", "Soumah", "Sylla", "Baldé")),
    "cm": NamePool(_CENTRAL_M, _CENTRAL_F,
                   ("Mbarga", "Ngono", "Essomba", "Fotso", "Nkodo", "Tchoumi", "Kamga",
                    "Ekwalla")),
    "cd": NamePool(_CENTRAL_M, _CENTRAL_F,
                   ("Mukendi", "Tshibangu", "Mbuyi", "Kalonji", "Ilunga", "Lukusa", "Mwamba",
                    "Kasongo")),
    "ma": NamePool(_MAGHREB_M, _MAGHREB_F,
                   ("El Amrani", "Benjelloun", "Alaoui", "Bennani", "Tazi", "El Idrissi",
                    "Chraïbi", "Berrada")),
    "tn": NamePool(_MAGHREB_M, _MAGHREB_F,
                   ("Ben Salah", "Trabelsi", "Gharbi", "Jebali", "Ayari", "Mejri", "Hammami",
                    "Ben Ammar")),
    "eg": NamePool(("Ahmed", "Mohamed", "Mostafa", "Karim", "Tarek", "Amr", "Sherif"),
                   ("Nour", "Mariam", "Heba", "Yasmin", "Dina", "Salma", "Rania"),
                   ("Hassan", "Abdel-Rahman", "El-Sayed", "Farouk", "Mansour", "Fahmy",
                    "Soliman", "Gamal")),
    "jo": NamePool(("أحمد=ahmad", "عمر=omar", "خالد=khaled", "يزن=yazan", "زيد=zaid"),
                   ("ليلى=layla", "رنا=rana", "سارة=sara", "دانة=dana", "هيا=haya"),
                   ("حداد=haddad", "النسور=alnsour", "المصري=almasri", "العبادي=alabbadi",
                    "الخطيب=alkhatib", "الزعبي=alzoubi")),
    "mg": NamePool(("Hery", "Rija", "Tahina", "Mamy", "Andry", "Nirina", "Toky"),
                   ("Voahirana", "Lalao", "Fara", "Hanitra", "Miora", "Tiana", "Onja"),
                   ("Rakotomalala", "Randrianarisoa", "Rasoanaivo", "Andriamanana",
                    "Razafindrakoto", "Rabemananjara", "Rakotondrabe")),
    "sl": NamePool(_ANGLO_M, _ANGLO_F,
                   ("Kamara", "Sesay", "Conteh", "Bangura", "Koroma", "Turay", "Mansaray",
                    "Jalloh")),
    "lr": NamePool(_ANGLO_M, _ANGLO_F,
                   ("Kollie", "Flomo", "Dolo", "Tarr", "Kpoto", "Saah", "Zinnah", "Gono")),
}

# Network-wide staff: (region, home centre code, roles beyond facilitation).
DESIGNER_HOMES: tuple[str, ...] = ("PAR", "PAR", "MAD", "WAW", "BUH", "BRU", "DKR", "CMN",
                                   "AMM", "ABJ")
OWNER_HOMES: tuple[str, ...] = ("PAR", "MAD", "WAW", "DKR", "ABJ", "BRU")
ADMIN_HOMES: tuple[str, ...] = ("PAR", "DKR", "AMM")
STAFF_DOMAIN = "testlab.example"
