import (
	"sort"
	"strings"
)

const never = int64(1) << 62

type entry struct {
	value  string
	expiry int64 // the first moment the field is gone; never without a TTL
}

type InMemoryDB struct {
	records map[string]map[string]entry
	// backups: the alive fields with, in place of the expiry, the lifetime left (never stays never)
	backupTimes []int
	backups     []map[string]map[string]entry
}

func Constructor() InMemoryDB {
	return InMemoryDB{records: map[string]map[string]entry{}}
}

func (this *InMemoryDB) put(key, field, value string, expiry int64) {
	record, ok := this.records[key]
	if !ok {
		record = map[string]entry{}
		this.records[key] = record
	}
	record[field] = entry{value, expiry}
}

func (this *InMemoryDB) SetAt(key string, field string, value string, timestamp int) {
	this.put(key, field, value, never)
}

func (this *InMemoryDB) SetAtWithTtl(key string, field string, value string, timestamp int, ttl int) {
	this.put(key, field, value, int64(timestamp)+int64(ttl))
}

func (this *InMemoryDB) DeleteAt(key string, field string, timestamp int) bool {
	record, ok := this.records[key]
	if !ok {
		return false
	}
	e, ok := record[field]
	if !ok {
		return false
	}
	delete(record, field)
	return e.expiry > int64(timestamp)
}

func (this *InMemoryDB) GetAt(key string, field string, timestamp int) string {
	e, ok := this.records[key][field]
	if !ok || e.expiry <= int64(timestamp) {
		return ""
	}
	return e.value
}

func (this *InMemoryDB) scan(key, prefix string, timestamp int) []string {
	record := this.records[key]
	alive := []string{}
	for field, e := range record {
		if e.expiry <= int64(timestamp) {
			delete(record, field) // expired for good; deleting while ranging is allowed
		} else if strings.HasPrefix(field, prefix) {
			alive = append(alive, field)
		}
	}
	sort.Strings(alive)
	for i, field := range alive {
		alive[i] = field + "(" + record[field].value + ")"
	}
	return alive
}

func (this *InMemoryDB) ScanAt(key string, timestamp int) []string {
	return this.scan(key, "", timestamp)
}

func (this *InMemoryDB) ScanByPrefixAt(key string, prefix string, timestamp int) []string {
	return this.scan(key, prefix, timestamp)
}

func (this *InMemoryDB) Backup(timestamp int) int {
	saved := map[string]map[string]entry{}
	for key, record := range this.records {
		alive := map[string]entry{}
		for field, e := range record {
			if e.expiry == never {
				alive[field] = e
			} else if e.expiry > int64(timestamp) {
				alive[field] = entry{e.value, e.expiry - int64(timestamp)}
			}
		}
		if len(alive) > 0 {
			saved[key] = alive
		}
	}
	this.backupTimes = append(this.backupTimes, timestamp)
	this.backups = append(this.backups, saved)
	return len(saved)
}

func (this *InMemoryDB) Restore(timestamp int, timestampToRestore int) {
	i := sort.Search(len(this.backupTimes), func(j int) bool { return this.backupTimes[j] > timestampToRestore })
	saved := this.backups[i-1]
	this.records = make(map[string]map[string]entry, len(saved))
	for key, alive := range saved {
		record := make(map[string]entry, len(alive))
		for field, e := range alive {
			if e.expiry != never {
				e.expiry += int64(timestamp)
			}
			record[field] = e
		}
		this.records[key] = record
	}
}
