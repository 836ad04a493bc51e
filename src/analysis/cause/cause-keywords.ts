import type { Cause } from '../../core/index.ts'

/**
 * FR/EN cue terms per crisis cause, accent-free and lower-case (texts are folded the same way), separated
 * by spaces; `_` joins the words of a multi-word term. A multi-word term weighs its number of words, so
 * "fuite_de_donnees" outweighs "fuite"; a trailing `!` doubles the weight of an unambiguous cue, a trailing `~`
 * halves that of a weak, generic one ("video", "down"). Plural -s is stripped on both sides before matching.
 */
export const CAUSE_TERMS: Record<Exclude<Cause, 'none'>, string> = {
  product_defect: `recall! recalled! recalls recalling defect defective faulty malfunction malfunctioning
    contaminated! contamination listeria! salmonella! e.coli overheating overheat overheats explodes exploded
    battery mold mould choking_hazard allergen undeclared counterfeit expired batch lot safety_warning
    stopped_working fell_apart broke broken breaks snapped cracked melted melts leaks leaking rusted
    peeling shrunk glass_fragments foreign_body foreign_object warranty design_flaw poorly_made
    doesn't_work does_not_work quality_issue quality_problem sick_after food_poisoning
    rappel! rappels rappele rappelee rappeles rappelent defaut defectueux defectueuse vice_de_fabrication
    contamine contaminee salmonelle batterie surchauffe moisi moisissure allergene perime perimee
    produit_dangereux retire_de_la_vente retrait_du_marche ne_fonctionne_plus ne_marche_plus
    tombe_en_panne rappel_conso casse cassee fuit fondu rouille morceaux_de_verre corps_etranger
    garantie malfacon intoxication_alimentaire qualite_deplorable`,
  accident: `explosion! blast fire blaze wildfire crash crashed collision derailment derailed spill gas_leak
    injured injuries killed died dead deaths casualties evacuated evacuation factory plant refinery
    chemical collapse collapsed emergency firefighters oil_spill toxic_cloud toxic_smoke industrial_accident
    overturned capsized ran_aground hospitalised hospitalized rescued rescue fatal fatality
    construction_site worksite tanker fire_broke_out
    incendie! feu flammes accident deraillement deraille fuite_de_gaz blesse blesses blessee morts mort
    meurt victime victimes evacue evacuee evacuation usine raffinerie chimique effondrement effondre
    pompiers seveso maree_noire nuage_toxique fumee_toxique accident_industriel site_industriel
    pollution mortel urgence renverse chavire echoue hospitalise hospitalisee hospitalisees secours
    chantier ecrase depart_de_feu`,
  employee_post: `employee employees staffer intern ceo~ founder~ executive~ exec~ manager~ boss~ spokesperson
    cashier clerk driver~ community_manager tweeted tweet~ posted~ post~ video~ clip~ tiktok~ remarks comment~
    comments~ racist sexist homophobic antisemitic transphobic offensive slur insulted insult mocking
    humiliating bragged boasted deleted_tweet said_on in_a_video on_linkedin on_instagram on_facebook
    meme podcast~ employe employes salarie salaries stagiaire pdg~ dirigeant~ directeur~ patron~
    fondateur~ cadre~ vendeur vendeuse caissier caissiere porte-parole publie~ publication~ a_poste
    propos~ raciste sexiste homophobe antisemite insultant insulte derapage moque humilie vante
    sur_linkedin sur_facebook a_tweete dans_une_video ses_propos`,
  customer_service: `refund! refunds refunded support hotline helpline chatbot agent~ rude unhelpful waiting waited
    hold ticket complaint complaints parcel package delivery delivered courier customer_service
    customer_support no_answer no_reply never_received hung_up still_waiting on_hold call_me_back
    called_back technician never_showed transferred credit_my_account sent_back return~ returned
    nobody_answers nobody_let_me_know bill~ billing overcharged charged_twice
    remboursement! rembourse rembourser sav conseiller conseillere reclamation plainte colis livraison
    livreur attente impoli service_client service_apres-vente aucune_reponse sans_reponse jamais_recu
    toujours_rien raccroche_au_nez rappeler technicien jamais_venu renvoie avoir~ renvoye facture~
    facturation facture_deux_fois personne_ne_repond personne_ne_previent`,
  data_breach_outage: `breach! breached hacked hack hackers ransomware! cyberattack! outage! outages down~ offline
    unavailable bug glitch passwords password leaked exposed stolen_data data_breach data_leak
    personal_data customer_data can't_log_in cannot_log_in not_loading is_down went_down goes_down
    service_down gdpr server servers dark_web payments_failing payment~ payments~ card_payments
    no_signal no_network nothing_works
    panne! pannes indisponible piratage pirate pirates piratee hackers rancongiciel! cyberattaque!
    coupure interruption fuite_de_donnees donnees_personnelles donnees_clients mots_de_passe mot_de_passe
    impossible_de_se_connecter en_panne hors_service rgpd cnil serveur serveurs derobe derobes
    paiement~ paiements~ plus_de_reseau rien_ne_fonctionne dark_web`,
  external_attack: `rumour! rumor! rumours rumors hoax! fake misinformation disinformation boycott deepfake! smear
    conspiracy trolls bots activists phishing scam scammers impersonating impersonation photoshopped
    doctored fake_news false_claims fake_account fake_reviews fake_screenshot not_true debunked
    out_of_context without_evidence zero_evidence no_evidence accuses~ pile_on defamation slander
    rumeur! rumeurs canular! infox intox boycott boycotter boycottez complot militants activistes
    hameconnage arnaque! arnaqueurs usurpation montage trucage truquee! truque fausse_information
    fausses_informations faux_compte faux_avis fausse_capture appel_au_boycott campagne_de_denigrement
    c'est_faux sorti_de_son_contexte hors_contexte sans_preuve sans_aucune_preuve diffamation calomnie
    jamais_tenus`,
  governance: `lawsuit! sued court trial judge fine fined penalty regulator investigation probe raid fraud
    corruption bribery embezzlement layoffs job_cuts cutting_jobs strike strikes union unions board
    shareholders investors resign resigned resignation steps_down stepped_down step_down bonus bonuses
    dividends greenwashing cartel antitrust tax_evasion conflict_of_interest golden_parachute
    class_action prosecutors accounting hiding_losses public_contracts closing_sites chairman~
    proces tribunal juge amende sanction sanctionne regulateur enquete perquisition fraude corruption
    licenciements licenciement greve! greves syndicat syndicats actionnaires investisseurs demission
    demissionne quitte_ses_fonctions prime primes dividendes greenwashing cartel plan_social
    suppression_de_postes supprime_postes evasion_fiscale conflit_d'interets parachute_dore
    conseil_d'administration abus_de_bien_social autorite_de_la_concurrence action_collective justice
    parquet marches_publics pertes ferme_deux_sites fermeture_de_site`,
}
