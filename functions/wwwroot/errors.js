// The API's 400 messages are English (one contract for every client); the Indonesian interface says them in
// Indonesian. Each rule turns one English message into its Indonesian form, keeping the caller's text it quotes; a
// message no rule knows becomes a plain Indonesian sentence naming the character the API pointed at, with the
// English detail after it, so nothing the API said is lost.
(() => {
  "use strict";
  const N = window.Netralitas;

  const rules = [
    [/^This quotation mark is never closed/, () => "Tanda kutip ini tidak ditutup: tambahkan \" penutup setelah frasa."],
    [/^This parenthesis is never closed/, () => "Tanda kurung ini tidak ditutup: tambahkan ')'."],
    [/^This closing parenthesis has no opening one/, () => "Tanda kurung tutup ini tidak punya tanda kurung buka."],
    [/^These parentheses are empty/, () => "Tanda kurung ini kosong."],
    [/^Parentheses are nested more than (\d+) deep/, (m) => `Tanda kurung bersarang lebih dari ${m[1]} tingkat.`],
    [/^The query ends where a word or a group was expected/, () => "Kueri berakhir di tempat yang seharusnya berisi kata atau kelompok."],
    [/^Unexpected '(.*)' here/, (m) => `'${m[1]}' tidak diharapkan di sini.`],
    [/^'(.*)' needs a word or a group after it/, (m) => `'${m[1]}' perlu diikuti kata atau kelompok.`],
    [/^'(.*)' must follow a word or a phrase/, (m) => `'${m[1]}' harus mengikuti kata atau frasa.`],
    [/^'(.*):' needs a value after it/, (m) => `'${m[1]}:' perlu diikuti nilai.`],
    [/^Unknown field '(.*)'\. Fields are: (.*)$/, (m) => `Kolom '${m[1]}' tidak dikenal. Kolom yang ada: ${m[2]}`],
    [/^Wildcards work only at the end of a word/, () => "Tanda * hanya boleh di akhir kata, misalnya netral*."],
    [/^A prefix needs at least (\d+) letters/, (m) => `Awalan perlu sedikitnya ${m[1]} huruf sebelum *.`],
    [/^Fuzzy matching \(~\) works on one word/, () => "Pencocokan mirip (~) hanya untuk satu kata."],
    [/^Regular expressions/, () => "Ekspresi reguler (/…/) tidak didukung: cari dengan kata."],
    [/^A range needs a value on each side of TO/, () => "Rentang perlu nilai di kedua sisi TO (atau * untuk terbuka): published:[2024-01-01 TO 2024-06-30]."],
    [/^Ranges work on dates/, () => "Rentang hanya untuk tanggal: published:[2024-01-01 TO 2024-06-30]."],
    [/^The query is (\d+) characters long; the limit is (\d+)/, (m) => `Kueri ini ${m[1]} karakter; batasnya ${m[2]}.`],
    [/^The query has more than (\d+) words and phrases/, (m) => `Kueri memuat lebih dari ${m[1]} kata dan frasa.`],
    [/^The query asks for too many words at once/, () => "Kueri meminta terlalu banyak kata sekaligus (awalan atau kata mirip yang cocok dengan ribuan kata): persempit."],
    [/^Unknown regency or city '(.*)'\./, (m) => `Kabupaten/kota '${m[1]}' tidak dikenal. Pakai nama resmi (Musi Rawas, Kota Bekasi), kode (16.05) atau singkatan (OKU).`],
    [/^'(.*)' is a province: use province:/, (m) => `'${m[1]}' adalah provinsi: pakai filter provinsi.`],
    [/^Unknown province '(.*)'\./, (m) => `Provinsi '${m[1]}' tidak dikenal. Pakai nama resmi (Sumatera Selatan), kode (16) atau singkatan (Sumsel).`],
    [/^Unknown violation kind '(.*)'\. Kinds are: (.*)$/, (m) => `Jenis pelanggaran '${m[1]}' tidak dikenal. Jenis yang ada: ${m[2]}`],
    [/^'from' is after 'to'/, () => "Tanggal 'dari' sesudah tanggal 'sampai'."],
    [/^'(\w+)' must be a date written YYYY-MM-DD/, (m) => `'${m[1]}' harus tanggal bertulis TTTT-BB-HH.`],
    [/^'(\w+)' must be a whole number from (\d+) to (\d+)/, (m) => `'${m[1]}' harus bilangan bulat dari ${m[2]} sampai ${m[3]}.`],
    [/^page × size may be at most (\d+)/, (m) => `Halaman × ukuran paling banyak ${m[1]}; unduh hasilnya untuk selebihnya.`],
    [/^'(\w+)' may be at most (\d+) characters/, (m) => `'${m[1]}' paling panjang ${m[2]} karakter.`],
  ];

  /** The message of an API error ({error, position}) in the interface's language. */
  function errorMessage(body, fallback) {
    const message = body && typeof body.error === "string" ? body.error : null;
    if (!message) return fallback;
    if (N.lang() !== "id") return message;
    for (const [pattern, render] of rules) {
      const match = message.match(pattern);
      if (match) return render(match) + position(body);
    }
    return `${N.t("error.query")}${position(body)} (${message})`;
  }

  function position(body) {
    return Number.isInteger(body.position) ? ` ${N.t("error.position", { position: body.position + 1 })}` : "";
  }

  Object.assign(N, { errorMessage });
})();
