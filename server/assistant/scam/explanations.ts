import type { SignalName } from "./signals";

/** Each signal in plain words for residents (why the message looks like a scam). */
export const signalExplanations: Partial<Record<SignalName, string>> = {
  link_unofficial: "có đường link tới một trang web không phải trang chính thức",
  link_lookalike: "tên trang web được làm giống tên ngân hàng, cơ quan nhà nước hoặc doanh nghiệp thật để đánh lừa",
  link_brand_mismatch: "tin nhắn xưng là một ngân hàng, cơ quan hay doanh nghiệp nhưng đường link lại dẫn sang trang khác",
  link_hidden: "đường link bị rút gọn hoặc che giấu nên không biết nó dẫn tới đâu",
  link_handoff: "đường link kéo ông/bà sang nhắn tin riêng (Zalo, Telegram) với người lạ",
  link_risky_tld: "trang web có đuôi lạ (.top, .xyz, .vip…) mà kẻ gian hay dùng",
  link_apk: "bắt tải tệp cài đặt ứng dụng (.apk) ngoài CH Play, App Store",
  link_action: "bắt đăng nhập, nhập thông tin hoặc thanh toán qua đường link trong tin",
  otp_request: "đòi mã OTP, mã xác thực (ngân hàng, cơ quan nhà nước không bao giờ hỏi mã này)",
  card_request: "đòi số thẻ, mã CVV, mật khẩu, tên đăng nhập ngân hàng hoặc bắt đăng nhập Facebook, Zalo qua đường link",
  topup_codes: "nhờ mua thẻ cào, thẻ điện thoại rồi gửi mã thẻ: tiền trong mã thẻ mất là không lấy lại được",
  stranger_payment: "bảo nạp thẻ, nạp tiền vào \"hệ thống\", trang web của người lạ hoặc nhắn tin tới đầu số thu phí để nhận khuyến mãi, giải thưởng: nhà mạng, ngân hàng không làm vậy",
  lock_demand: "dọa khóa tài khoản nếu không \"xác thực\", \"đăng nhập\" hoặc bắt đăng nhập qua đường link trong tin: ngân hàng, nhà mạng, cơ quan nhà nước chỉ hướng dẫn qua ứng dụng, trang chính thức của mình",
  mistaken_return: "nói đã nạp, chuyển nhầm tiền vào số, tài khoản của bạn rồi nhờ trả lại: tiền chuyển nhầm thật chỉ hoàn qua ngân hàng, nhà mạng, không tự chuyển trả",
  gov_gift: "hứa tặng quà, tiền khi cài đặt hoặc cập nhật ứng dụng của cơ quan nhà nước (VNeID, VssID…): cơ quan nhà nước không tặng quà qua tin nhắn",
  id_photo_request: "đòi số hoặc ảnh căn cước, số seri SIM, ảnh chân dung hoặc giấy tờ tùy thân",
  money_to_person: "bắt chuyển tiền vào tài khoản cá nhân hoặc tài khoản do người lạ chỉ định",
  fee_to_receive: "bắt nộp \"phí\" trước mới được nhận tiền, quà, hàng hoặc khoản vay",
  money_request: "yêu cầu chuyển tiền, nộp tiền",
  app_install: "bắt tải, cài ứng dụng theo đường link hoặc theo hướng dẫn của người lạ",
  private_chat: "lôi kéo sang kết bạn Zalo, Telegram hoặc gọi số điện thoại cá nhân để \"hướng dẫn\"",
  keypress: "bắt bấm phím trên điện thoại để nghe hướng dẫn",
  secrecy: "dặn giữ bí mật, không được nói với người thân hay công an",
  no_callback: "xưng là người thân nhắn từ số lạ, dặn đừng gọi lại",
  threat: "đe dọa khóa tài khoản, cắt dịch vụ, phạt hoặc liên quan vụ án",
  urgency: "thúc ép phải làm ngay trong thời gian rất ngắn",
  prize: "báo trúng thưởng, tặng quà, điểm thưởng, hoàn tiền hoặc một khoản tiền \"chưa nhận\" bất ngờ",
  easy_money: "hứa việc nhẹ lương cao, hoa hồng, làm nhiệm vụ kiếm tiền",
  investment: "hứa lợi nhuận cao, cam kết lãi, mời vào nhóm đầu tư",
  loan: "mời vay tiền nhanh, không cần giấy tờ, giải ngân ngay",
  emergency: "báo người thân gặp nạn, cấp cứu để thúc chuyển tiền gấp",
  kidnap: "báo người thân bị giữ, đòi tiền chuộc",
  relative_claim: "xưng là người thân, thầy cô hoặc người quen",
  authority: "xưng là công an, tòa án, viện kiểm sát",
  ward_official: "xưng là cán bộ phường, xã hoặc trung tâm hành chính công",
  parcel: "nói về đơn hàng, bưu phẩm, hải quan để đòi phí",
  romance: "làm quen, hứa tình cảm hoặc gửi quà từ nước ngoài",
  recovery: "hứa \"lấy lại tiền bị lừa\" (thường là lừa đảo lần hai)",
  gambling: "mời cờ bạc, cá cược, lô đề trực tuyến",
  cancel_lure: "báo một khoản phí hay dịch vụ ông/bà không đăng ký, rồi bảo \"nếu không phải bạn\" thì bấm link để hủy",
  fake_papers: "quảng cáo làm giả bằng cấp, giấy tờ (việc làm giả giấy tờ là vi phạm pháp luật)",
  id_account_trade: "rủ cho thuê, cho mượn hoặc bán căn cước, tài khoản ngân hàng, SIM hay tài khoản Zalo, Facebook: chúng sẽ bị dùng để lừa đảo, nhận tiền bẩn, và người cho thuê, cho mượn có thể bị xử lý hình sự",
  deposit: "bắt đặt cọc trước qua chuyển khoản",
  account_update: "bắt \"cập nhật\", \"xác thực\" tài khoản hay thông tin",
  refund: "báo được hoàn tiền, bồi thường",
  wrong_number: "giả vờ nhắn nhầm số để làm quen",
  borrow: "hỏi vay hoặc nhờ chuyển tiền gấp (thường hứa trả ngay, hoặc kể khó khăn để xin giúp)",
  account_excuse: "viện cớ tài khoản của họ bị lỗi để nhờ chuyển tiền",
  curiosity: "dụ bấm link bằng ảnh, video hay cuộc bình chọn",
  scarcity: "dọa hết chỗ, hết suất để ép đặt cọc ngay",
  remote_only: "không cho xem nhà, xem hàng, chỉ làm qua mạng",
};

/** Which fact about the real organisation fits the verdict best (one line, the most relevant); the same choice for every language. */
export type FactKey = "kidnap" | "authority" | "ward_official" | "emergency" | "bank" | "utility" | "telecom" | "government" | "borrow" | "recovery" | "easy_money" | "loan";
export function factKeyFor(signals: Set<SignalName>, brandKinds: Set<string>): FactKey | undefined {
  const has = (s: SignalName) => signals.has(s);
  if (has("kidnap")) return "kidnap";
  if (has("authority") && (has("threat") || has("money_to_person") || has("app_install") || has("secrecy"))) return "authority";
  if (has("ward_official")) return "ward_official";
  if (has("emergency") || has("no_callback")) return "emergency";
  if (brandKinds.has("bank") || brandKinds.has("wallet")) return "bank";
  if (brandKinds.has("utility")) return "utility";
  if (brandKinds.has("telecom")) return "telecom";
  if (brandKinds.has("government") || brandKinds.has("police")) return "government";
  if (has("borrow") || has("account_excuse")) return "borrow";
  if (has("recovery")) return "recovery";
  if (has("easy_money") || has("investment")) return "easy_money";
  if (has("loan")) return "loan";
  return undefined;
}

const facts: Record<FactKey, string> = {
  kidnap: "Nếu chưa liên lạc được với người thân, hãy gọi ngay 113; không chuyển tiền chuộc.",
  authority: "Công an, tòa án, viện kiểm sát không làm việc qua điện thoại, không bao giờ yêu cầu chuyển tiền hay cài ứng dụng để \"điều tra\".",
  ward_official: "Cán bộ phường không thu tiền, không xin ảnh giấy tờ hay mã OTP qua điện thoại, Zalo; thủ tục làm tại trụ sở phường.",
  emergency: "Hãy gọi thẳng cho người thân, nhà trường hoặc bệnh viện theo số ông/bà đã biết trước khi làm gì.",
  bank: "Ngân hàng không bao giờ gửi link yêu cầu đăng nhập, không hỏi mã OTP, mật khẩu hay số thẻ.",
  utility: "Điện lực, công ty nước không thu tiền vào tài khoản cá nhân, không gửi link cài ứng dụng qua Zalo.",
  telecom: "Nhà mạng không yêu cầu đọc mã xác thực qua điện thoại và chỉ nhắn tin từ tên định danh chính thức.",
  government: "Cơ quan nhà nước không gửi link lạ, không thu phí hay xin mã OTP qua tin nhắn; trang chính thức có đuôi .gov.vn.",
  borrow: "Hãy gọi điện (gọi thường, không nhắn tin) cho đúng người quen theo số cũ để hỏi lại.",
  recovery: "Không có dịch vụ nào lấy lại được tiền bị lừa qua mạng; chỉ công an và ngân hàng mới xử lý.",
  easy_money: "Không có việc nhẹ lương cao hay lợi nhuận cam kết; tiền nạp vào sẽ không rút ra được.",
  loan: "Công ty cho vay thật không thu phí trước khi giải ngân.",
};

/** What the real organisation does, to say alongside the warning (one line, the most relevant). */
export function factFor(signals: Set<SignalName>, brandKinds: Set<string>): string | undefined {
  const key = factKeyFor(signals, brandKinds);
  return key ? facts[key] : undefined;
}
