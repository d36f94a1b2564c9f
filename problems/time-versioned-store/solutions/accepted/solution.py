from bisect import bisect_right


class TimeMap:

    def __init__(self):
        self.times = {}  # key -> its set timestamps, increasing
        self.values = {}  # key -> the value of each of those versions

    def set(self, key: str, value: str, timestamp: int) -> None:
        if key in self.times:
            self.times[key].append(timestamp)
            self.values[key].append(value)
        else:
            self.times[key] = [timestamp]
            self.values[key] = [value]

    def get(self, key: str, timestamp: int) -> str:
        times = self.times.get(key)
        if times is None:
            return ""
        i = bisect_right(times, timestamp)  # versions [0, i) are at most timestamp
        return self.values[key][i - 1] if i else ""
