const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\s+/).map(BigInt);
let x = 0;
while (true) {
  x++;
}
console.log((a + b).toString());
