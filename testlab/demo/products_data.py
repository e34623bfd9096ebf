"""The demo catalogue as data: six products, their stages and studies, and their tasks.

Every task keeps its key from stage to stage so that stages can be compared;
a few tasks are reworded at a later stage, and a few appear only from a
given stage on.  ``ease`` and ``quality`` are the knobs the generator turns
into believable outcomes (logits of success).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from testlab.model.enums import DeviceKind, Network, RoomKind, Setting, StageKind, StudyMethod

# Everything in the demo is dated relative to this Monday, never to "today",
# so that one seed gives the same data on any day.
REFERENCE_DATE = date(2026, 11, 30)


@dataclass(frozen=True)
class TaskData:
    """A task of a product, as asked at every stage from ``since`` on."""

    key: str
    title: str
    scenario: str
    criteria: str
    typical_seconds: float
    target_seconds: float | None
    ease: float = 0.0
    since: int = 0
    # (stage index, new title, new scenario): wording used from that stage on.
    reworded: tuple[tuple[int, str, str], ...] = ()


@dataclass(frozen=True)
class StageData:
    """One stage of a product and the study run at it."""

    kind: StageKind
    name: str
    starts_on: date
    weeks: int
    centres: tuple[str, ...]
    sample: int
    method: StudyMethod = StudyMethod.MODERATED_LAB


@dataclass(frozen=True)
class ProductData:
    """A product, how good it is, and how it is tested."""

    name: str
    description: str
    quality: float
    gain: float
    devices: tuple[tuple[DeviceKind, str, str], ...]
    networks: tuple[Network, ...]
    setting: Setting
    room: RoomKind
    minutes: int
    stages: tuple[StageData, ...]
    tasks: tuple[TaskData, ...] = field(default=())


PHONES = (
    (DeviceKind.SMARTPHONE, "Samsung Galaxy A54", "Android 14"),
    (DeviceKind.SMARTPHONE, "iPhone 13", "iOS 17"),
    (DeviceKind.SMARTPHONE, "Tecno Spark 10", "Android 13"),
    (DeviceKind.SMARTPHONE, "Xiaomi Redmi Note 12", "Android 13"),
    (DeviceKind.SMARTPHONE, "iPhone 15", "iOS 18"),
)
SHOP_DEVICES = (
    (DeviceKind.LAPTOP, "Dell Latitude 5440", "Windows 11"),
    (DeviceKind.LAPTOP, "MacBook Air M2", "macOS 14"),
    (DeviceKind.DESKTOP, "HP ProDesk 400", "Windows 10"),
    (DeviceKind.SMARTPHONE, "Samsung Galaxy A54", "Android 14"),
    (DeviceKind.TABLET, "iPad 10th gen", "iPadOS 17"),
)
TV_DEVICES = (
    (DeviceKind.SET_TOP_BOX, "Vista STB-5 4K", "VistaOS 5.2"),
    (DeviceKind.TV, "Samsung QE55Q80", "Tizen 7"),
    (DeviceKind.SET_TOP_BOX, "Vista STB-4 HD", "VistaOS 4.9"),
)
ROUTER_DEVICES = (
    (DeviceKind.ROUTER, "HomeHub 6", "firmware 6.0"),
    (DeviceKind.ROUTER, "HomeHub 6 Pro", "firmware 6.0"),
)

_MOD = StudyMethod.MODERATED_LAB
_REM = StudyMethod.REMOTE
_HOME = StudyMethod.AT_HOME
K = StageKind

PRODUCTS: tuple[ProductData, ...] = (
    ProductData(
        "MyLine self-care app",
        "The customer app: balance, bills, bundles, plans and support.",
        quality=0.7, gain=0.32, devices=PHONES,
        networks=(Network.CELL_4G, Network.CELL_4G, Network.WIFI, Network.CELL_5G),
        setting=Setting.LAB, room=RoomKind.USABILITY_LAB, minutes=60,
        stages=(
            StageData(K.CONCEPT, "Paper concept", date(2024, 1, 15), 3, ("PAR", "DKR", "WAW"), 8),
            StageData(K.PROTOTYPE, "Clickable prototype v2", date(2024, 4, 8), 3,
                      ("PAR", "MAD", "ABJ"), 10),
            StageData(K.ALPHA, "Alpha 0.9", date(2024, 7, 1), 3, ("LYS", "BUH", "CMN"), 10),
            StageData(K.BETA, "Public beta 4.0", date(2024, 10, 7), 4, ("PAR", "DKR", "AMM"), 10),
            StageData(K.PRE_LAUNCH, "Release candidate", date(2025, 1, 13), 3,
                      ("MAD", "WAW", "DLA"), 10),
            StageData(K.POST_LAUNCH, "6 months after launch", date(2025, 9, 8), 4,
                      ("PAR", "DKR", "CAI", "BRU"), 12),
        ),
        tasks=(
            TaskData("sign-in", "Sign in", "You have just installed the app. Sign in with "
                     "the phone number on the card.", "Home screen shown", 40, 60, ease=1.2),
            TaskData("check-balance", "Check your balance", "How much credit is left on "
                     "your line?", "Says the right amount", 25, 30, ease=1.6),
            TaskData("pay-bill", "Pay your latest bill", "Your bill of last month is due. "
                     "Pay it.", "Payment confirmation shown", 90, 120, ease=0.6,
                     reworded=((3, "Pay your bill with a saved card",
                                "Your bill of last month is due. Pay it with the card "
                                "already saved in the app."),)),
            TaskData("buy-data-bundle", "Buy a data bundle", "You are going abroad next "
                     "week. Buy a 5 GB roaming bundle.", "Bundle active", 75, 90, ease=0.5),
            TaskData("change-plan", "Change your plan", "Move to the plan with unlimited "
                     "calls from next month.", "Change scheduled", 150, 180, ease=-0.4),
            TaskData("download-invoice", "Download an invoice", "Your employer needs the "
                     "March invoice as a PDF.", "PDF opened", 60, None, ease=0.3),
            TaskData("report-fault", "Report a fault", "Your home internet drops every "
                     "evening. Tell us.", "Ticket number shown", 120, 150, ease=0.1, since=2),
            TaskData("contact-support", "Reach an adviser", "Start a chat with an adviser.",
                     "Chat opened", 45, 60, ease=0.9),
        ),
    ),
    ProductData(
        "Vista TV interface",
        "The TV set-top box interface: live TV, replay, recordings, video on demand.",
        quality=0.5, gain=0.3, devices=TV_DEVICES,
        networks=(Network.FIBRE, Network.FIBRE, Network.WIFI, Network.DSL),
        setting=Setting.LIVING_ROOM_LAB, room=RoomKind.LIVING_ROOM_LAB, minutes=75,
        stages=(
            StageData(K.PROTOTYPE, "Prototype on tablet", date(2024, 2, 5), 3,
                      ("PAR", "BRU", "CMN"), 8),
            StageData(K.ALPHA, "Alpha on STB-5", date(2024, 5, 13), 3, ("LYS", "MAD", "CAI"), 10),
            StageData(K.BETA, "Field beta", date(2024, 9, 16), 4, ("PAR", "BUH", "CAI"), 10),
            StageData(K.PRE_LAUNCH, "Launch candidate", date(2025, 2, 3), 3,
                      ("BRU", "WAW", "ABJ"), 10),
            StageData(K.POST_LAUNCH, "6 months after launch", date(2025, 10, 6), 4,
                      ("PAR", "MAD", "CMN"), 12),
        ),
        tasks=(
            TaskData("find-channel", "Find a channel", "Watch the news channel.",
                     "Channel playing", 20, 30, ease=1.5),
            TaskData("record-show", "Record a show", "Record tonight's film at 21:00.",
                     "Recording planned", 60, 90, ease=0.4),
            TaskData("resume-replay", "Resume a replay", "Carry on watching yesterday's "
                     "episode where you stopped.", "Playback resumes", 45, 60, ease=0.5),
            TaskData("search-film", "Search for a film", "Find a comedy you could watch "
                     "with children.", "Film page open", 70, 90, ease=0.2),
            TaskData("rent-vod", "Rent a film", "Rent the film you found.",
                     "Rental confirmed", 110, 150, ease=0.0),
            TaskData("parental-pin", "Set a parental PIN", "Stop the children from "
                     "watching films rated 16+.", "PIN active", 120, None, ease=-0.6),
            TaskData("change-audio-language", "Change the audio language", "Watch the "
                     "film in its original language.", "Audio changed", 50, 60, ease=0.3,
                     since=1),
            TaskData("restart-live", "Restart a live programme", "The match started ten "
                     "minutes ago. Watch it from the start.", "Restarted", 30, 40, ease=0.6,
                     since=2),
        ),
    ),
    ProductData(
        "HomeHub 6 router setup",
        "Setting up the home router out of the box, with the companion app.",
        quality=0.3, gain=0.4,
        devices=ROUTER_DEVICES, networks=(Network.FIBRE, Network.FIBRE, Network.DSL),
        setting=Setting.LIVING_ROOM_LAB, room=RoomKind.LIVING_ROOM_LAB, minutes=60,
        stages=(
            StageData(K.CONCEPT, "Setup storyboard", date(2024, 3, 4), 3, ("PAR", "LUX", "DKR"), 8),
            StageData(K.PROTOTYPE, "Setup app prototype", date(2024, 6, 10), 3,
                      ("BRU", "BTS", "ABJ"), 10),
            StageData(K.BETA, "Beta firmware 6.0", date(2024, 11, 4), 4, ("LYS", "WAW", "TUN"), 10),
            StageData(K.POST_LAUNCH, "6 months after launch", date(2025, 6, 2), 4,
                      ("PAR", "LCJ", "DLA", "FIH"), 10, _HOME),
        ),
        tasks=(
            TaskData("connect-cables", "Connect the box", "Plug the new box in so that it "
                     "can reach the internet.", "Internet light on", 180, 240, ease=0.4),
            TaskData("first-boot", "Finish the first start", "Follow the box until it is "
                     "ready.", "Ready screen", 120, 180, ease=0.6),
            TaskData("wifi-setup", "Connect your phone to Wi-Fi", "Connect your phone to "
                     "the new Wi-Fi network.", "Phone online", 150, 180, ease=0.2),
            TaskData("change-wifi-password", "Change the Wi-Fi password", "Choose a Wi-Fi "
                     "password you can remember.", "New password works", 90, 120, ease=0.0,
                     reworded=((2, "Change the Wi-Fi key", "Choose a Wi-Fi key you can "
                                "remember, in the app."),)),
            TaskData("guest-network", "Open a guest network", "Friends are coming. Give "
                     "them Wi-Fi without your password.", "Guest network on", 100, 120,
                     ease=-0.2),
            TaskData("firmware-update", "Update the box", "Check that the box is up to date.",
                     "Says up to date", 80, None, ease=0.3),
            TaskData("parental-schedule", "Set Wi-Fi hours for children", "Cut the "
                     "children's tablet off at 21:00 on school days.", "Schedule saved",
                     160, 200, ease=-0.8),
            TaskData("share-wifi-qr", "Share Wi-Fi with a QR code", "Let a visitor join "
                     "your Wi-Fi by scanning a code.", "Visitor online", 40, 60, ease=0.8,
                     since=2),
        ),
    ),
    ProductData(
        "Wallet Money",
        "The mobile money wallet: cash in, send, pay merchants, withdraw at agents.",
        quality=0.6, gain=0.35, devices=PHONES,
        networks=(Network.CELL_3G, Network.CELL_4G, Network.CELL_4G, Network.WIFI),
        setting=Setting.LAB, room=RoomKind.USABILITY_LAB, minutes=45,
        stages=(
            StageData(K.CONCEPT, "Concept cards", date(2024, 2, 19), 3, ("DKR", "ABJ", "BKO"), 8),
            StageData(K.PROTOTYPE, "Prototype v3", date(2024, 5, 27), 3, ("DLA", "OUA", "CKY"), 10),
            StageData(K.ALPHA, "Alpha with agents", date(2024, 9, 2), 3, ("DKR", "FIH", "TNR"), 10),
            StageData(K.BETA, "Beta in four markets", date(2025, 1, 20), 4,
                      ("ABJ", "BKO", "FNA", "MLW"), 10),
            StageData(K.PRE_LAUNCH, "Pre-launch pilot", date(2025, 4, 14), 3,
                      ("DKR", "CMN", "AMM"), 10),
            StageData(K.POST_LAUNCH, "6 months after launch", date(2025, 11, 3), 4,
                      ("DKR", "ABJ", "DLA", "CAI"), 12),
        ),
        tasks=(
            TaskData("register-wallet", "Open a wallet", "Open a wallet with your ID card.",
                     "Wallet active", 180, 240, ease=0.2),
            TaskData("set-pin", "Choose a secret code", "Choose the code that protects "
                     "your wallet.", "PIN set", 40, 60, ease=1.2),
            TaskData("cash-in", "Put money in", "Put 10,000 on your wallet at the agent.",
                     "Balance up", 90, 120, ease=0.5),
            TaskData("send-money", "Send money", "Send 5,000 to your sister.",
                     "Transfer confirmed", 80, 90, ease=0.6,
                     reworded=((3, "Send money to a contact", "Send 5,000 to your sister, "
                                "choosing her from your contacts."),)),
            TaskData("pay-merchant-qr", "Pay a shop with a QR code", "Pay the shop's bill "
                     "by scanning its code.", "Receipt shown", 50, 60, ease=0.4),
            TaskData("buy-airtime", "Buy airtime", "Top up your phone with 1,000 of airtime.",
                     "Credit added", 45, 60, ease=1.0),
            TaskData("check-history", "Find a past payment", "When did you last pay "
                     "the electricity company?", "Says the right date", 30, None, ease=0.7),
            TaskData("withdraw-agent", "Withdraw cash", "Take out 2,000 at an agent.",
                     "Code given to agent", 100, 120, ease=0.1, since=2),
        ),
    ),
    ProductData(
        "eSIM activation",
        "Activating an eSIM in the shop app, on a new phone or alongside a physical SIM.",
        quality=0.2, gain=0.45, devices=PHONES,
        networks=(Network.WIFI, Network.WIFI, Network.CELL_4G, Network.CELL_5G),
        setting=Setting.LAB, room=RoomKind.USABILITY_LAB, minutes=45,
        stages=(
            StageData(K.PROTOTYPE, "Flow prototype", date(2025, 3, 10), 3, ("PAR", "MAD", "BRU"), 8),
            StageData(K.ALPHA, "Alpha in the shop app", date(2025, 5, 19), 3,
                      ("WAW", "BUH", "BTS"), 10, _REM),
            StageData(K.BETA, "Beta on iOS and Android", date(2025, 9, 15), 4,
                      ("LYS", "LUX", "CMN", "AMM"), 10),
            StageData(K.PRE_LAUNCH, "Release candidate", date(2026, 1, 19), 3,
                      ("PAR", "MAD", "CAI"), 10),
            StageData(K.POST_LAUNCH, "6 months after launch", date(2026, 11, 16), 4,
                      ("PAR", "BRU", "DKR"), 10),
        ),
        tasks=(
            TaskData("check-compatibility", "Check your phone works with eSIM", "Is your "
                     "phone able to use an eSIM?", "Right answer", 60, 90, ease=0.5),
            TaskData("scan-qr", "Scan the activation code", "Install the eSIM from the "
                     "QR code in the letter.", "Profile downloaded", 45, 60, ease=0.6),
            TaskData("enter-code-manually", "Type the code in", "The camera does not work. "
                     "Install the eSIM by typing the code.", "Profile downloaded", 120, 150,
                     ease=-0.5),
            TaskData("transfer-number", "Keep your number", "Move your number from your old "
                     "phone to this one.", "Number active", 150, 180, ease=-0.7),
            TaskData("label-lines", "Name your lines", "Call one line 'Work' and the other "
                     "'Personal'.", "Labels saved", 60, None, ease=0.2),
            TaskData("set-default-line", "Choose the line for data", "Use the work line for "
                     "mobile data.", "Setting changed", 50, 60, ease=0.0),
            TaskData("check-activation", "Check that it works", "Make sure the eSIM is "
                     "active.", "Says active", 35, 45, ease=0.9, since=1),
        ),
    ),
    ProductData(
        "Online shop",
        "The operator's web shop: phones, offers, basket, delivery and returns.",
        quality=0.8, gain=0.25, devices=SHOP_DEVICES,
        networks=(Network.FIBRE, Network.WIFI, Network.WIFI, Network.CELL_4G),
        setting=Setting.LAB, room=RoomKind.USABILITY_LAB, minutes=60,
        stages=(
            StageData(K.CONCEPT, "Wireframes v2", date(2025, 6, 16), 3, ("PAR", "MAD", "WAW"), 8),
            StageData(K.PROTOTYPE, "Figma prototype", date(2025, 10, 13), 3,
                      ("LYS", "BUH", "DKR"), 10),
            StageData(K.ALPHA, "Alpha on staging", date(2026, 2, 9), 3, ("BRU", "ABJ", "TUN"), 10,
                      _REM),
            StageData(K.BETA, "Public beta", date(2026, 6, 8), 4, ("PAR", "CMN", "AMM", "FIH"), 10),
            StageData(K.PRE_LAUNCH, "Launch candidate", date(2026, 12, 7), 2, ("PAR", "MAD"), 6),
            StageData(K.POST_LAUNCH, "6 months after launch", date(2027, 6, 7), 3,
                      ("PAR", "MAD"), 10),
        ),
        tasks=(
            TaskData("find-phone", "Find a phone", "Find a phone under 300 with a good "
                     "camera.", "Phone page open", 90, 120, ease=0.6),
            TaskData("compare-offers", "Compare two offers", "Which of the two family "
                     "offers is cheaper for four people?", "Right answer", 150, 180, ease=-0.3),
            TaskData("add-to-basket", "Add to basket", "Put the phone and a case in your "
                     "basket.", "Both in basket", 40, 60, ease=1.3),
            TaskData("choose-delivery", "Choose delivery", "Have it delivered to the shop "
                     "near your work.", "Shop chosen", 70, 90, ease=0.2),
            TaskData("checkout-card", "Pay by card", "Pay with the test card.",
                     "Order number shown", 100, 120, ease=0.4),
            TaskData("track-order", "Track your order", "Where is your order now?",
                     "Right status", 45, None, ease=0.8),
            TaskData("return-item", "Return an item", "The case does not fit. Return it.",
                     "Return label", 110, 150, ease=-0.2, since=1),
        ),
    ),
)
