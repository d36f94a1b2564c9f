type InMemoryDB struct {
	records map[string]map[string]string // key -> field -> value
}

func Constructor() InMemoryDB {
	return InMemoryDB{records: map[string]map[string]string{}}
}

func (this *InMemoryDB) Set(key string, field string, value string) {
	record, ok := this.records[key]
	if !ok {
		record = map[string]string{}
		this.records[key] = record
	}
	record[field] = value
}

func (this *InMemoryDB) Get(key string, field string) string {
	return this.records[key][field] // a missing map reads as empty: ""
}

func (this *InMemoryDB) DeleteField(key string, field string) bool {
	record, ok := this.records[key]
	if !ok {
		return false
	}
	if _, ok := record[field]; !ok {
		return false
	}
	delete(record, field)
	if len(record) == 0 {
		delete(this.records, key)
	}
	return true
}
