/*
 * Weekdays in chat shorthand: "t2" … "t7" for thứ Hai … thứ Bảy ("phường làm việc t7 ko", "hẹn t6 lấy kết
 * quả"), read in a query's search words as the digits the entries and residents also write ("thứ 7"). The
 * yes/no check of opening days reads the shorthand already (yes-no.ts); unread in the search words it was
 * an unknown word and a plain question about opening days fell under the coverage line. Queries only
 * (readLoanwords), so the scam check still sees the text as typed.
 */
export const dayShorthand: Array<[string, string]> = ["2", "3", "4", "5", "6", "7"].map((d) => [`t${d}`, `thu ${d}`]);
