/**
 * @param {string[]} words
 * @return {string[][]}
 */
var groupAnagrams = function(words) {
    const families = new Map();
    for (const word of words) {
        const key = word.split("").sort().join("");
        const group = families.get(key);
        if (group === undefined) families.set(key, [word]);
        else group.push(word);
    }
    return Array.from(families.values());
};
