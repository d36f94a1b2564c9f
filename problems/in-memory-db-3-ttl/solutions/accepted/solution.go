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
