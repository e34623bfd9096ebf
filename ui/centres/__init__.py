"""The Centres section: the network's test centres, their rooms, hours and local time."""
